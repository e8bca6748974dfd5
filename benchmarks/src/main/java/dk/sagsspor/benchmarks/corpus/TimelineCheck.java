package dk.sagsspor.benchmarks.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
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

    public TimelineCheck(String casesUrl) {
        this.casesUrl = casesUrl;
    }

    /**
     * When cases-service last changed any case: the {@code modifiedAt} of the last line of its list by change
     * ({@code modifiedSince}, oldest change first); empty without cases. Asked once every timeline is right, this is when
     * the last of them became right (or later, if a case changed afterwards in what the check does not compare): the
     * check itself reads one case at a time and finishes later, at 100,000 cases minutes later.
     */
    public Optional<OffsetDateTime> newestChange() throws IOException, InterruptedException {
        return newestChangeSince("2000-01-01T00:00:00Z");
    }

    /** {@link #newestChange}, looking only at cases changed at or after {@code since} (an ISO instant). */
    private Optional<OffsetDateTime> newestChangeSince(String since) throws IOException, InterruptedException {
        JsonNode first = json(casesUrl + "/cases?modifiedSince=" + since + "&size=1");
        JsonNode last = first.path("links").path("last");
        JsonNode page = last.isTextual() ? json(last.asText()) : first;
        JsonNode newest = page.path("items").path(0).path("modifiedAt");
        return newest.isTextual() ? Optional.of(OffsetDateTime.parse(newest.asText())) : Optional.empty();
    }

    /** How long cases-service must have changed no case before the check reads them ({@link #awaitQuiet}). */
    public static final Duration QUIET = Duration.ofSeconds(3);

    /**
     * Waits, reading no case, until cases-service has changed no case for {@link #QUIET} (or the deadline passed):
     * asked every 250 ms for its newest change at or after the one seen before (one or two list requests over the few
     * rows changed since; the first looks at them all). Reading the cases one at a time while cases-service was still
     * catching up after the posting took it a share of the machine it needed for that (each read a stored answer
     * unzipped and sent, and parsed in this JVM): the measuring tool slowed what it measured. A pause while work is
     * still waiting only lets the comparison start early; it then waits on the first case not yet right, as before. A
     * request that fails counts as a change: the wait goes on.
     *
     * @return whether cases-service was quiet before the deadline
     */
    public boolean awaitQuiet(long deadlineNanos) throws InterruptedException {
        Optional<OffsetDateTime> newest = Optional.empty();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < QUIET.toNanos()) {
            if (System.nanoTime() >= deadlineNanos) {
                return false;
            }
            try {
                Optional<OffsetDateTime> now = newest.isEmpty() ? newestChange()
                        : newestChangeSince(newest.get().toInstant().toString());
                if (!now.equals(newest)) {
                    newest = now;
                    quietSince = System.nanoTime();
                }
            } catch (IOException notAnswered) {
                quietSince = System.nanoTime(); // no sign of quiet
            }
            Thread.sleep(250);
        }
        return true;
    }

    private static JsonNode json(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = SagssporHttp.get(url);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + ": HTTP " + response.statusCode());
        }
        return CorpusFiles.JSON.readTree(response.body());
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
        ExpectedTimeline shown = shown(CorpusFiles.JSON.readTree(response.body()));
        return shown.equals(timeline) ? Optional.empty()
                : Optional.of(timeline.caseNumber() + ": expected " + timeline + " but cases-service shows " + shown);
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
