package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hamcrest.Matcher;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every read model answers a page in a fixed number of SQL statements: a page of one row costs as many statements as
 * a page of many, so nothing is fetched once per row. Hibernate statistics (on in the test profile) count the
 * statements each request prepares.
 */
@QuarkusTest
class StatementsPerPageTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void seedsPublished() {
        PublishedSeeds.publishAfresh(em);
        // One body changed after the rest, so that modifiedSince can pick exactly one.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update body set modified_at = '2999-01-01T00:00:00Z' where id = 'su'").executeUpdate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # read model          | rows        | a page of one row                              | a page of many rows
            meetings              | items       | /meetings?size=1                               | /meetings
            meetings of a body    | items       | /committees/su/meetings?size=1                 | /committees/su/meetings
            committees            | items       | /committees?modifiedSince=2999-01-01T00:00:00Z | /committees
            # UBU knows one member (Hans Munk, excused at a step), SU five.
            members               | items       | /committees/ubu/members                        | /committees/su/members
            # Hans Munk is a member of UBU only, Nikolaj Lykke Vad of BFU and SU.
            person                | memberships | /persons/hans-munk                             | /persons/nikolaj-lykke-vad
            search                | items       | /search?q=hjemløs&limit=1                      | /search?q=hjemløs
            persons               | items       | /persons?q=munk                                | /persons
            """)
    void aPageOfOneRowTakesAsManyStatementsAsAPageOfMany(String readModel, String rows, String pageOfOne,
                                                         String pageOfMany) {
        long one = statements(pageOfOne, rows, hasSize(1));
        assertEquals(one, statements(pageOfMany, rows, hasSize(greaterThan(1))),
                readModel + ": " + pageOfMany + " should take as many SQL statements as " + pageOfOne);
    }

    @Test
    void aMeetingWithAnyNumberOfItems() {
        // The KKR draft has 8 items, the BFU meeting 13.
        long eight = statements("/meetings/kkr-netvaerket-paa-udsatte-boerne-og-ungeomraadet-2025-10-14", "items",
                hasSize(8));
        assertEquals(eight, statements("/meetings/bfu-2025-12-03", "items", hasSize(13)));
    }

    @Test
    void aCalendarFeedWithAnyNumberOfMeetings() {
        // BFU has one meeting, SU two; each event carries its meeting's agenda titles.
        assertEquals(calendarStatements("bfu", 1), calendarStatements("su", 2));
    }

    /** How many statements Hibernate prepared to answer the request, after checking how many rows it gave. */
    private long statements(String path, String rows, Matcher<?> rowCount) {
        return countingStatements(() -> given().when().get(path).then().statusCode(200).body(rows, rowCount));
    }

    private long calendarStatements(String bodyId, int events) {
        return countingStatements(() -> {
            String ics = given().when().get("/committees/" + bodyId + "/meetings.ics").then().statusCode(200)
                    .extract().asString();
            assertEquals(events, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        });
    }

    private long countingStatements(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        long prepared = statistics.getPrepareStatementCount();
        // Zero would mean statistics are off, and then every comparison here would pass without measuring anything.
        assertTrue(prepared > 0, "Hibernate statistics must be on in the test profile");
        return prepared;
    }
}
