package dk.sagsspor.cases.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.cases.CaseFeed;
import dk.sagsspor.events.BodyRef;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of the case list costs a fixed number of SQL statements whatever its size, and shows from the list's columns
 * what the whole case shows. Hibernate statistics (on in the test profile) count the statements of each request; they
 * count every session's, so this test runs with the service's own pollers (outbox relay and gauges, the SSE feed,
 * the answer writer) idle after their first run.
 */
@QuarkusTest
@TestProfile(CaseListReadsTest.QuietPollers.class)
class CaseListReadsTest {

    /** The scheduled pollers run once at startup, then not within the test. */
    public static class QuietPollers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sagsspor.outbox.relay.interval", "1h", "sagsspor.outbox.metrics.interval", "1h",
                    "sagsspor.stream.poll-interval", "1h", "sagsspor.cases.answers.write-interval", "1h");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    /**
     * The seeds, fed once the consumers have nothing else left: records an earlier test class left on the topics are
     * handed to this application again and would otherwise be processed, and counted, while a test counts.
     */
    @BeforeEach
    void seedsFed() {
        CaseFeed feed = new CaseFeed(em);
        feed.awaitConsumersCaughtUp();
        feed.resetAndFeedSeeds("000", "001", "002");
        feed.awaitConsumersCaughtUp();
    }

    /**
     * At most two statements whatever the page's size: the page's rows, and the count, which a page that shows it is
     * the last (fewer rows than its size) does without.
     */
    @Test
    void aPageTakesTwoStatementsAtMostWhateverItsSize() {
        for (String filter : List.of("", "status=IN_PROGRESS&")) {
            assertEquals(2, statements("/cases?" + filter + "size=1", hasSize(1)), filter + "a page with more after it");
            assertEquals(1, statements("/cases?" + filter + "size=500", hasSize(greaterThan(1))),
                    filter + "the only page");
        }
    }

    @Test
    void everyLineShowsWhatTheWholeCaseShows() {
        Response page = given().when().get("/cases?size=500");
        List<Map<String, Object>> lines = page.then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(page.header("X-Total-Count"), is(String.valueOf(lines.size())));
        for (Map<String, Object> line : lines) {
            Map<String, Object> whole = given().when().get("/cases/" + line.get("caseNumber")).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            for (String field : List.of("title", "status", "nextCommittee", "lastActivity", "revision")) {
                assertThat(line.get("caseNumber") + " " + field, line.get(field), equalTo(whole.get(field)));
            }
        }
    }

    /**
     * A case or page read again is answered from what was kept (CaseAnswers), without a statement; a decision on the
     * case shows at the next read. The SSE poller, which also forgets published cases, is idle here and kept answers
     * live an hour in tests: only forgetting when the change commits can show it.
     */
    @Test
    void aCaseReadAgainTakesNoStatementAndItsNextDecisionShowsAtOnce() {
        CaseFeed feed = new CaseFeed(em);
        String caseNumber = feed.newCaseNumber();
        long processed = feed.processedEvents();
        feed.decide(caseNumber);
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.processedEvents() == processed + 1);
        given().when().get("/cases/" + caseNumber).then().statusCode(200).body("steps", hasSize(1));
        given().when().get("/cases?size=500").then().statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get("/cases/" + caseNumber).then().statusCode(200).body("steps", hasSize(1));
        given().when().get("/cases?size=500").then().statusCode(200);
        assertEquals(0, statistics.getPrepareStatementCount(), "answered from what was kept");

        feed.decide(caseNumber, new BodyRef("oeu", "Økonomiudvalget", "2022-2025"), LocalDate.parse("2026-01-08"));
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.processedEvents() == processed + 2);
        given().when().get("/cases/" + caseNumber).then().statusCode(200).body("steps", hasSize(2))
                .body("steps[1].committee.id", is("oeu"));
        given().when().get("/cases?size=500").then().statusCode(200)
                .body("items.find { it.caseNumber == '" + caseNumber + "' }.lastActivity", is("2026-01-08"));
    }

    /** How many statements Hibernate prepared to answer the request, after checking how many cases it listed. */
    private long statements(String path, Matcher<?> cases) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200).body("items", cases);
        long prepared = statistics.getPrepareStatementCount();
        // Zero would mean statistics are off, and every comparison here would pass without measuring anything.
        assertTrue(prepared > 0, "Hibernate statistics must be on in the test profile");
        return prepared;
    }
}
