package dk.sagsspor.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.cases.CaseFeed;
import dk.sagsspor.cases.GoldenCases;
import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.domain.SourceKind;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.minutes.Outcome;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.problems.Vocabulary;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What issue 14 asks of the cases API: linked steps and sources, caching, export, vocabulary. */
@QuarkusTest
class LinkedCasesTest {

    private static final String HOMELESSNESS = "25-008999";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void meetingsAndSeedsFed() {
        CaseFeed feed = new CaseFeed(em);
        MeetingPublishedV1 su = DocumentEvents.meetingOf(Seeds.bytes("001"), 1);
        // UBU's minutes are not among the seeds; a meeting of UBU on the day of its step stands in for them.
        MeetingPublishedV1 ubu = new MeetingPublishedV1("ubu-meeting-event", 1, "ubu-2025-12-09", 1, 1, null,
                "doc-ubu", "0".repeat(64), new BodyRef("ubu", "Unge- og Beskæftigelsesudvalget", "2022-2025"),
                OffsetDateTime.parse("2025-12-09T16:00:00+01:00"), null, "FINAL", List.of(), List.of(), List.of(),
                List.of(), List.of(), OffsetDateTime.now());
        feed.forgetMeetings();
        feed.publishMeetings(List.of(su, ubu));
        List<AgendaItemDecidedV1> events = new ArrayList<>();
        List.of("000", "001", "002").forEach(seed -> events.addAll(DocumentEvents.ofSeed(seed)));
        feed.resetAndFeed(events);
    }

    @Test
    void aStepLinksItsMeetingAndEverySourceItsDocumentMeetingAndItem() {
        given().when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .body("href", equalTo("http://localhost:8082/cases/" + HOMELESSNESS))
                // SU's own minutes: the meeting of the item, with its start.
                .body("steps.find { it.committee.id == 'su' }.meeting.id", equalTo("su-2025-12-11"))
                .body("steps.find { it.committee.id == 'su' }.meeting.startsAt", equalTo("2025-12-11T17:00:00+01:00"))
                .body("steps.find { it.committee.id == 'su' }.meeting.href",
                        equalTo("http://localhost:8081/meetings/su-2025-12-11"))
                // Known from SU's history only: UBU's meeting on that day.
                .body("steps.find { it.committee.id == 'ubu' }.meeting.id", equalTo("ubu-2025-12-09"))
                .body("steps.find { it.committee.id == 'ubu' }.meeting.startsAt", equalTo("2025-12-09T16:00:00+01:00"))
                // BFU's own minutes, a meeting this service never heard of: linked, its start unknown.
                .body("steps.find { it.committee.id == 'bfu' }.meeting.id", equalTo("bfu-2025-12-03"))
                .body("steps.find { it.committee.id == 'bfu' }.meeting.startsAt", equalTo(null))
                // Direktionen's minutes never come: no meeting.
                .body("steps.find { it.committee.id == 'dir' }.meeting", equalTo(null))
                .body("steps.find { it.committee.id == 'su' }.sources[0].item.href",
                        equalTo("http://localhost:8081/meetings/su-2025-12-11/items/4"))
                .body("steps.find { it.committee.id == 'su' }.sources[0].document.href",
                        startsWith("http://localhost:8080/documents/"))
                .body("steps.find { it.committee.id == 'ubu' }.absentees[0].personId", equalTo("hans-munk"))
                .body("steps.find { it.committee.id == 'ubu' }.absentees[0].href",
                        equalTo("http://localhost:8081/persons/hans-munk"));
    }

    @Test
    void aCaseIsAnsweredNotModifiedWhileItHasNotChanged() {
        Response first = given().when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")).extract().response();
        String etag = first.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).when().get("/cases/" + HOMELESSNESS).then().statusCode(304);
        given().header("If-Modified-Since", first.header("Last-Modified")).when().get("/cases/" + HOMELESSNESS)
                .then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .header("ETag", etag);
    }

    @Test
    void theExportIsEveryCaseAsItsOwnResourceOneALine() throws Exception {
        String body = given().when().get("/cases/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).extract().asString();
        List<String> lines = body.lines().toList();
        long total = given().when().get("/cases?size=1").then().extract().jsonPath().getLong("total");
        assertEquals(total, lines.size(), body);
        List<String> numbers = new ArrayList<>();
        for (String line : lines) {
            JsonNode exported = mapper.readTree(line);
            numbers.add(exported.get("caseNumber").asText());
            assertEquals(mapper.readTree(given().when().get("/cases/" + exported.get("caseNumber").asText())
                    .then().statusCode(200).extract().asString()), exported);
        }
        assertEquals(numbers.stream().sorted().toList(), numbers, "by case number");
        for (String golden : List.of(HOMELESSNESS, "22-008459")) {
            GoldenCases.assertMatches(golden, mapper.readTree(lines.get(numbers.indexOf(golden))), "exported");
        }
    }

    @Test
    void theVocabularyLabelsEveryCodeTheCasesApiAnswers() {
        given().when().get("/vocabulary").then().statusCode(200)
                .body("caseStatuses.find { it.code == 'IN_PROGRESS' }.da", equalTo("Under behandling"))
                .body("outcomes", notNullValue());
        assertEquals(Arrays.stream(CaseStatus.values()).map(Enum::name).toList(),
                Vocabulary.codes(Vocabulary.TERMS.caseStatuses()));
        assertEquals(Arrays.stream(SourceKind.values()).map(Enum::name).toList(),
                Vocabulary.codes(Vocabulary.TERMS.sourceKinds()));
        assertEquals(Arrays.stream(Outcome.values()).map(Enum::name).toList(),
                Vocabulary.codes(Vocabulary.TERMS.outcomes()));
    }
}
