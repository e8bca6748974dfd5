package dk.sagsspor.benchmarks.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what cases-service shows ({@code GET /cases/{n}}) with the generator's expected timelines: title, status,
 * planned route (body ids) and steps (date, body id, outcome), in order.
 */
public final class TimelineCheck {

    private final String casesUrl;
    /** The latest {@code modifiedAt} of a case found as expected: when the last of them became right. */
    private OffsetDateTime lastChange;

    public TimelineCheck(String casesUrl) {
        this.casesUrl = casesUrl;
    }

    /**
     * When cases-service last changed a case that the check found as expected (its {@code modifiedAt}); empty before
     * any matched. Once every case matched, this is when the last timeline became right: the check itself reads one
     * case at a time and finishes later (at 100,000 cases, minutes later).
     */
    public Optional<OffsetDateTime> lastChange() {
        return Optional.ofNullable(lastChange);
    }

    /** @return per case that differs (or is missing), how; empty when every timeline is as expected */
    public Map<ExpectedTimeline, String> mismatches(List<ExpectedTimeline> expected)
            throws IOException, InterruptedException {
        Map<ExpectedTimeline, String> wrong = new LinkedHashMap<>();
        for (ExpectedTimeline timeline : expected) {
            mismatch(timeline).ifPresent(how -> wrong.put(timeline, how));
        }
        return wrong;
    }

    /** @return how the case differs from what was expected (or that it is missing); empty when it is as expected */
    public Optional<String> mismatch(ExpectedTimeline timeline) throws IOException, InterruptedException {
        HttpResponse<String> response = SagssporHttp.get(casesUrl + "/cases/" + timeline.caseNumber());
        if (response.statusCode() != 200) {
            return Optional.of(timeline.caseNumber() + ": HTTP " + response.statusCode());
        }
        JsonNode json = CorpusFiles.JSON.readTree(response.body());
        ExpectedTimeline shown = shown(json);
        if (!shown.equals(timeline)) {
            return Optional.of(timeline.caseNumber() + ": expected " + timeline + " but cases-service shows " + shown);
        }
        OffsetDateTime modified = OffsetDateTime.parse(json.path("modifiedAt").asText());
        if (lastChange == null || modified.isAfter(lastChange)) {
            lastChange = modified;
        }
        return Optional.empty();
    }

    /** The parts of a case the generator predicts, read from cases-service's JSON. */
    static ExpectedTimeline shown(JsonNode json) {
        List<String> route = new ArrayList<>();
        json.path("plannedRoute").forEach(body -> route.add(body.path("id").asText()));
        List<ExpectedTimeline.Step> steps = new ArrayList<>();
        json.path("steps").forEach(step -> steps.add(new ExpectedTimeline.Step(LocalDate.parse(step.path("date").asText()),
                step.path("committee").path("id").asText(), step.path("outcome").asText(null))));
        return new ExpectedTimeline(json.path("caseNumber").asText(), json.path("title").asText(),
                json.path("status").asText(), route, steps);
    }
}
