package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A search page asked for again is answered from memory, yet a meeting stored since shows at once, and
 * {@code Cache-Control: no-cache} reads afresh. The meeting arrives through the real broker and consumer.
 */
@QuarkusTest
class SearchAnswersTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aSearchAskedAgainTakesNoStatementAndANewMeetingShowsAtOnce() {
        PublishedSeeds.clear(em);
        // BFU's meeting (seed 000) decides the homelessness strategy; SU's (seed 001) comes later.
        PublishedSeeds.publishAndWait(em, List.of(DocumentEvents.meetingOf(Seeds.bytes("000"), 1)), 1);

        assertTrue(statements(given(), "bfu-2025-12-03") > 0, "the first search reads the database");
        assertEquals(0, statements(given(), "bfu-2025-12-03"), "the same search again is answered from memory");
        assertTrue(statements(given().header("Cache-Control", "no-cache"), "bfu-2025-12-03") > 0,
                "no-cache reads the database again");

        // A kept page is the same answer, headers and all, and a client holding it is told nothing changed.
        Response kept = given().when().get("/search?q=hjemløs").then().statusCode(200)
                .header("Link", containsString("rel=\"first\"")).header("Cache-Control", containsString("max-age"))
                .extract().response();
        assertEquals(String.valueOf((Integer) kept.path("total")), kept.header("X-Total-Count"));
        String etag = kept.header("ETag");
        given().header("If-None-Match", etag).when().get("/search?q=hjemløs").then().statusCode(304);

        PublishedSeeds.publishAndWait(em, List.of(DocumentEvents.meetingOf(Seeds.bytes("001"), 1)), 2);
        given().header("If-None-Match", etag).when().get("/search?q=hjemløs").then().statusCode(200)
                .body("items.meetingId", hasItem("su-2025-12-11"))
                .body("items.meetingId", hasItem("bfu-2025-12-03"));
    }

    @Test
    void keptPagesAreForgottenWhenTheTablesAreEmptied() {
        PublishedSeeds.clear(em);
        PublishedSeeds.publishAndWait(em, List.of(DocumentEvents.meetingOf(Seeds.bytes("000"), 1)), 1);
        given().when().get("/search?q=hjemløs").then().statusCode(200).body("items.meetingId", hasItem("bfu-2025-12-03"));

        PublishedSeeds.clear(em);
        given().when().get("/search?q=hjemløs").then().statusCode(200).body("total", equalTo(0))
                .body("items.meetingId", not(hasItem("bfu-2025-12-03")));
    }

    /** How many SQL statements a search for "hjemløs" took, after checking it found this meeting. */
    private long statements(RequestSpecification request, String meetingId) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.when().get("/search?q=hjemløs").then().statusCode(200).body("items.meetingId", hasItem(meetingId));
        return statistics.getPrepareStatementCount();
    }
}
