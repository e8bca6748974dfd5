package dk.sagsspor.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.municipal.DanishDates;
import dk.sagsspor.web.domain.CaseTimeline;
import dk.sagsspor.web.domain.Committee;
import dk.sagsspor.web.domain.CommitteePage;
import dk.sagsspor.web.domain.Meeting;
import dk.sagsspor.web.domain.PrometheusText;
import dk.sagsspor.web.domain.RouteLine;
import dk.sagsspor.web.domain.SearchHit;
import dk.sagsspor.web.domain.ServiceState;
import dk.sagsspor.web.domain.Source;
import dk.sagsspor.web.domain.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns the services' JSON into what the pages show. */
@ApplicationScoped
public class ApiReader {

    @Inject
    Api api;

    @Inject
    ServiceUrls urls;

    @Inject
    Vocabulary vocabulary;

    public Optional<CaseTimeline> caseTimeline(String caseNumber) {
        return api.json(urls.cases() + "/cases/" + encoded(caseNumber)).map(this::timeline);
    }

    /** The cases that moved last, newest first. */
    public List<CaseTimeline> recentCases(int count) {
        return api.json(urls.cases() + "/cases?size=" + count).map(list -> items(list, this::timeline))
                .orElse(List.of());
    }

    public List<SearchHit> search(String words) {
        return api.json(urls.meetings() + "/search?size=50&q=" + encoded(words))
                .map(hits -> items(hits, this::searchHit)).orElse(List.of());
    }

    public Optional<Meeting> meeting(String id) {
        return api.json(urls.meetings() + "/meetings/" + encoded(id)).map(this::meeting);
    }

    public Optional<CommitteePage> committee(String id) {
        String base = urls.meetings() + "/committees/" + encoded(id);
        return api.json(base).map(body -> {
            Map<String, List<CommitteePage.Member>> terms = new LinkedHashMap<>();
            api.json(base + "/members").ifPresent(members -> items(members, m -> m).forEach(m ->
                    terms.computeIfAbsent(m.path("term").asText(), t -> new ArrayList<>()).add(new CommitteePage.Member(
                            m.path("name").asText(), m.path("meetingsAttended").asLong(),
                            m.path("meetingsAbsent").asLong()))));
            List<CommitteePage.MeetingLink> meetings = api.json(base + "/meetings?size=100")
                    .map(list -> items(list, m -> new CommitteePage.MeetingLink(m.path("id").asText(),
                            writtenDate(m.path("startsAt").asText()),
                            vocabulary.meetingStatus(m.path("status").asText(null)))))
                    .orElse(List.of());
            return new CommitteePage(committee(body), terms.entrySet().stream()
                    .map(e -> new CommitteePage.Term(e.getKey(), e.getValue())).toList(), meetings,
                    urls.publicMeetings() + "/committees/" + encoded(id) + "/meetings.ics");
        });
    }

    public List<ServiceState> services() {
        return List.of(state("ingest-service", urls.ingest()), state("meetings-service", urls.meetings()),
                state("cases-service", urls.cases()));
    }

    private ServiceState state(String name, String base) {
        boolean ready = api.get(base + "/q/health/ready", "application/json").status() == 200;
        Api.Answer metrics = api.get(base + "/q/metrics", "text/plain");
        return ServiceState.of(name, base, ready, new PrometheusText(metrics.status() == 200 ? metrics.body() : ""));
    }

    private CaseTimeline timeline(JsonNode body) {
        List<Step> steps = items(body.path("steps"), this::step);
        List<Committee> planned = items(body.path("plannedRoute"), ApiReader::committee);
        JsonNode next = body.path("nextCommittee");
        return new CaseTimeline(body.path("caseNumber").asText(), body.path("title").asText(),
                vocabulary.caseStatus(body.path("status").asText(null)), next.isObject() ? committee(next) : null,
                RouteLine.of(planned, steps), steps, date(body.path("lastActivity")));
    }

    private Step step(JsonNode step) {
        List<Source> sources = items(step.path("sources"), source -> new Source(source.path("meetingId").asText(),
                source.path("itemNumber").asInt(), "CASE_HISTORY".equals(source.path("kind").asText()),
                source.hasNonNull("documentId")
                        ? urls.publicIngest() + "/documents/" + source.path("documentId").asText() + "/content"
                        : null));
        return new Step(date(step.path("date")), committee(step.path("committee")), step.path("decisionText").asText(""),
                vocabulary.outcome(step.path("outcome").asText(null)), names(step.path("absentees")),
                step.path("conflict").asBoolean(), step.path("unplanned").asBoolean(), sources);
    }

    private Meeting meeting(JsonNode body) {
        return new Meeting(body.path("id").asText(), committee(body.path("committee")),
                OffsetDateTime.parse(body.path("startsAt").asText()), body.path("location").asText(""),
                vocabulary.meetingStatus(body.path("status").asText(null)), names(body.path("attendees")), names(body.path("absentees")),
                items(body.path("items"), item -> new Meeting.AgendaItem(item.path("number").asInt(),
                        item.path("title").asText(), item.path("caseNumber").asText(null),
                        item.path("decisionText").asText(null), vocabulary.outcome(item.path("outcome").asText(null)),
                        names(item.path("absentees")))));
    }

    private SearchHit searchHit(JsonNode hit) {
        return new SearchHit(hit.path("meetingId").asText(), committee(hit.path("committee")),
                writtenDate(hit.path("startsAt").asText()), hit.path("itemNumber").asInt(), hit.path("title").asText(),
                hit.path("caseNumber").asText(null), vocabulary.outcome(hit.path("outcome").asText(null)),
                hit.path("snippet").asText(""));
    }

    private static Committee committee(JsonNode body) {
        return new Committee(body.path("id").asText(), body.path("name").asText(body.path("id").asText()),
                body.path("abbreviation").asText(null));
    }

    /** A list as the API gives it: a JSON array, or a page whose {@code items} hold it. */
    private static <T> List<T> items(JsonNode list, Function<JsonNode, T> each) {
        JsonNode array = list.isArray() ? list : list.path("items");
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(each.apply(node)));
        return items;
    }

    /** Names as plain strings, or as person references carrying a {@code name}. */
    private static List<String> names(JsonNode list) {
        return items(list, node -> node.isTextual() ? node.asText() : node.path("name").asText());
    }

    private static LocalDate date(JsonNode node) {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }

    private static String writtenDate(String startsAt) {
        return startsAt.isEmpty() ? ""
                : DanishDates.written(OffsetDateTime.parse(startsAt).atZoneSameInstant(DanishDates.COPENHAGEN).toLocalDate());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
