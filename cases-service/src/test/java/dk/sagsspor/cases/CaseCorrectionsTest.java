package dk.sagsspor.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.EventIds;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections and withdrawals as ingest-service sends them (decisions and retractions with the meeting's revision),
 * through the real broker into the real database: the timeline follows, a case nobody speaks of is gone (410).
 */
@QuarkusTest
class CaseCorrectionsTest {

    private static final String HOMELESSNESS = "25-008999";

    @Inject
    EntityManager em;

    private CaseFeed feed;
    private long consumed;

    @BeforeEach
    void start() {
        feed = new CaseFeed(em);
        feed.reset();
        consumed = 0;
    }

    @Test
    void aCorrectionThenItsWithdrawalThenTheFirstVersionsWithdrawal() {
        // Version 1 of SU's minutes of 2025-12-11 (seed 001), revision 1.
        List<AgendaItemDecidedV1> first = DocumentEvents.of(Seeds.bytes("001"), 1);
        feed(first);
        given().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .body("steps.find { it.committee.id == 'su' }.outcome", equalTo("RECOMMENDED"));
        // A case only one item of the minutes speaks of: dropping the item drops the case from the meeting.
        AgendaItemDecidedV1 dropped = first.stream().filter(e -> !e.caseNumber().equals(HOMELESSNESS))
                .filter(e -> first.stream().filter(o -> o.caseNumber().equals(e.caseNumber())).count() == 1)
                .findFirst().orElseThrow();
        given().get("/cases/" + dropped.caseNumber()).then().statusCode(200);

        // Version 2 (revision 2): the homelessness strategy rejected instead, one other item dropped.
        List<AgendaItemDecidedV1> second = new ArrayList<>();
        first.stream().filter(e -> e != dropped).forEach(e -> second.add(e.caseNumber().equals(HOMELESSNESS)
                ? at(e, 2, 2, "doc-v2", "Indstillingen blev ikke tiltrådt.", "REJECTED") : at(e, 2, 2, "doc-v2")));
        feed(second);
        retract(List.of(retraction(dropped, 2, "doc-001", AgendaItemRetractedV1.CORRECTED)));
        given().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .body("steps.find { it.committee.id == 'su' }.outcome", equalTo("REJECTED"))
                .body("steps.find { it.committee.id == 'su' }.decisionText", equalTo("Indstillingen blev ikke tiltrådt."))
                .body("steps.find { it.committee.id == 'su' }.sources.documentId", equalTo(List.of("doc-v2")));
        given().get("/cases/" + dropped.caseNumber()).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sagsspor.dk/problems/gone"));

        // The correction withdrawn (revision 3): version 1 is current again and published anew.
        List<AgendaItemDecidedV1> firstAgain = first.stream().map(e -> at(e, 1, 3, e.documentId())).toList();
        feed(firstAgain);
        given().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .body("steps.find { it.committee.id == 'su' }.outcome", equalTo("RECOMMENDED"));
        given().get("/cases/" + dropped.caseNumber()).then().statusCode(200);

        // Version 1 withdrawn too (revision 4): every case it spoke of loses its statements.
        Set<String> spokenOf = first.stream().map(AgendaItemDecidedV1::caseNumber).collect(Collectors.toSet());
        OffsetDateTime beforeWithdrawal = OffsetDateTime.now();
        retract(spokenOf.stream().map(n -> first.stream().filter(e -> e.caseNumber().equals(n)).findFirst().orElseThrow())
                .map(e -> retraction(e, 4, e.documentId(), AgendaItemRetractedV1.WITHDRAWN)).toList());
        for (String caseNumber : spokenOf) {
            given().get("/cases/" + caseNumber).then().statusCode(410);
        }
        given().get("/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(HOMELESSNESS)));
        given().queryParam("modifiedSince", beforeWithdrawal.minusSeconds(5).toString()).get("/cases")
                .then().statusCode(200)
                .body("items.find { it.caseNumber == '" + HOMELESSNESS + "' }.deleted", equalTo(true));
        String exported = given().queryParam("modifiedSince", beforeWithdrawal.minusSeconds(5).toString())
                .get("/cases/export").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(exported.lines().anyMatch(line -> line.contains(
                "\"caseNumber\":\"" + HOMELESSNESS + "\"") && line.contains("\"deleted\":true")), exported);

        // A late decision of an older revision changes nothing.
        AgendaItemDecidedV1 late = first.get(0);
        feed(List.of(at(late, 1, 1, late.documentId(), "Sent ankommet.", late.outcome())));
        given().get("/cases/" + first.get(0).caseNumber()).then().statusCode(410);
    }

    @Test
    void eachChangeOfACaseCountsOneRevision() {
        List<AgendaItemDecidedV1> first = DocumentEvents.of(Seeds.bytes("001"), 1);
        feed(first);
        int revision = given().get("/cases/" + HOMELESSNESS).then().extract().path("revision");
        AgendaItemDecidedV1 homelessness = first.stream().filter(e -> e.caseNumber().equals(HOMELESSNESS))
                .findFirst().orElseThrow();

        feed(List.of(at(homelessness, 2, 2, "doc-v2", "Udsat.", "POSTPONED")));
        given().get("/cases/" + HOMELESSNESS).then().body("revision", equalTo(revision + 1))
                .body("status", equalTo("POSTPONED"));
        // The same statement again at a higher revision changes nothing, so no revision either.
        feed(List.of(at(homelessness, 2, 3, "doc-v2", "Udsat.", "POSTPONED")));
        given().get("/cases/" + HOMELESSNESS).then().body("revision", equalTo(revision + 1));
        assertEquals(revision + 1, (int) given().get("/cases/" + HOMELESSNESS).then().extract().path("revision"));
    }

    private void feed(List<AgendaItemDecidedV1> events) {
        consumed += events.size();
        feed.publishAndWait(events, consumed);
    }

    private void retract(List<AgendaItemRetractedV1> retractions) {
        consumed += retractions.size();
        feed.retract(retractions);
        long expected = consumed;
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.processedEvents() >= expected);
    }

    private static AgendaItemDecidedV1 at(AgendaItemDecidedV1 e, int version, int revision, String documentId) {
        return at(e, version, revision, documentId, e.decisionText(), e.outcome());
    }

    private static AgendaItemDecidedV1 at(AgendaItemDecidedV1 e, int version, int revision, String documentId,
                                          String decisionText, String outcome) {
        return new AgendaItemDecidedV1(EventIds.deterministic(e.eventId(), String.valueOf(revision), decisionText),
                e.schemaVersion(), e.meeting(), version, revision, documentId, e.itemNumber(), e.itemTitle(),
                e.caseNumber(), decisionText, outcome, e.absentees(), e.plannedRoute(), e.history(), e.attachments(),
                e.publishedAt());
    }

    private static AgendaItemRetractedV1 retraction(AgendaItemDecidedV1 e, int revision, String documentId,
                                                    String reason) {
        return new AgendaItemRetractedV1(EventIds.deterministic(EventTypes.AGENDA_ITEM_RETRACTED_V1, e.caseNumber(),
                e.meeting().id(), String.valueOf(revision)), AgendaItemRetractedV1.SCHEMA_VERSION, e.caseNumber(),
                e.meeting(), revision, documentId, reason, OffsetDateTime.now());
    }
}
