package dk.sagsspor.cases.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.sagsspor.cases.CaseFeed;
import dk.sagsspor.cases.service.CaseAnswers;
import dk.sagsspor.cases.service.CaseQueries;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.HttpCaching.Written;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answers {@code CaseAnswerWriter} stores ahead (table case_answer) through the real broker and database: each is
 * the very answer the case's view gives, a meeting heard of makes just the answers that may link it due again, and an
 * answer stored with other base URLs is not served.
 */
@QuarkusTest
class StoredAnswersTest {

    private static final String HOMELESSNESS = "25-008999";
    /** UBU's meeting on the day of the homelessness strategy's UBU step, known only from SU's "Sagens forløb". */
    private static final List<String> UBU_MEETING = List.of("ubu-2025-12-09", "ubu|2025-12-09");

    @Inject
    EntityManager em;
    @Inject
    CaseQueries queries;
    @Inject
    HttpCaching caching;
    @Inject
    CaseAnswers kept;

    private CaseFeed feed;

    @BeforeEach
    void seedsFedWithNoMeetingKnown() {
        feed = new CaseFeed(em);
        feed.forgetMeetings();
        List<AgendaItemDecidedV1> events = new ArrayList<>();
        List.of("000", "001", "002").forEach(seed -> events.addAll(DocumentEvents.ofSeed(seed)));
        feed.resetAndFeed(events);
        awaitEveryAnswerWritten();
    }

    @Test
    void aStoredAnswerIsTheAnswerTheViewGives() {
        Written fromView = caching.json(queries.find(HOMELESSNESS).orElseThrow(),
                queries.find(HOMELESSNESS).orElseThrow().modifiedAt());
        kept.forgetAll();
        Response stored = given().when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .contentType("application/json").extract().response();
        assertArrayEquals(fromView.body(), stored.asByteArray());
        assertEquals(fromView.etag(), stored.header("ETag"));
        assertEquals(fromView.etag(), etagStored(HOMELESSNESS), "served from case_answer");
        given().header("If-None-Match", fromView.etag()).when().get("/cases/" + HOMELESSNESS).then().statusCode(304);
    }

    @Test
    void aMeetingHeardOfRewritesTheAnswersThatMayLinkItAndNoOthers() {
        String untouched = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select case_number from case_answer where not meetings && array['" + String.join("', '", UBU_MEETING)
                        + "'] order by case_number limit 1").getSingleResult());
        String untouchedVersion = rowVersion(untouched);
        String before = etagStored(HOMELESSNESS);
        given().when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .body("steps.find { it.committee.id == 'ubu' }.meeting", equalTo(null));

        feed.publishMeetings(List.of(new MeetingPublishedV1("ubu-meeting-event", 1, "ubu-2025-12-09", 1, 1, null,
                "doc-ubu", "0".repeat(64), new BodyRef("ubu", "Unge- og Beskæftigelsesudvalget", "2022-2025"),
                OffsetDateTime.parse("2025-12-09T16:00:00+01:00"), null, "FINAL", List.of(), List.of(), List.of(),
                List.of(), List.of(), OffsetDateTime.now())));
        awaitEveryAnswerWritten();

        assertNotEquals(before, etagStored(HOMELESSNESS), "written again, with the meeting");
        kept.forgetAll();
        given().when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .header("ETag", etagStored(HOMELESSNESS))
                .body("steps.find { it.committee.id == 'ubu' }.meeting.startsAt", equalTo("2025-12-09T16:00:00+01:00"));
        assertEquals(untouchedVersion, rowVersion(untouched), untouched + " links no UBU meeting: its row stays");
    }

    @Test
    void anAnswerStoredWithOtherBaseUrlsIsNotServed() {
        String etag = etagStored(HOMELESSNESS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update case_answer set answer = overlay(answer placing '\\x00' from 20 for 1),
                    links = 'https://elsewhere.example https://elsewhere.example https://elsewhere.example'""")
                .executeUpdate());
        kept.forgetAll();
        given().when().get("/cases/" + HOMELESSNESS).then().statusCode(200)
                .header("ETag", etag)
                .body("href", equalTo("http://localhost:8082/cases/" + HOMELESSNESS));
    }

    private void awaitEveryAnswerWritten() {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from case_answer where due is not null")
                        .getSingleResult()).longValue()) == 0);
    }

    private String etagStored(String caseNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select etag from case_answer where case_number = :n").setParameter("n", caseNumber).getSingleResult());
    }

    /** The row version's transaction id: it changes with every update of the row. */
    private String rowVersion(String caseNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(xmin as text) from case_answer where case_number = :n").setParameter("n", caseNumber)
                .getSingleResult());
    }
}
