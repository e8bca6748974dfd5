package dk.sagsspor.cases.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dk.sagsspor.cases.CaseFeed;
import dk.sagsspor.cases.SseClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases API as a client sees it. */
@QuarkusTest
class CasesApiTest {

    @Inject
    EntityManager em;

    @TestHTTPResource("/cases/stream")
    URI stream;

    @BeforeEach
    void seedsFed() {
        new CaseFeed(em).resetAndFeedSeeds("000", "001", "002");
    }

    @Test
    void filtersAndPaging() {
        given().when().get("/cases?status=CONCLUDED&size=100")
                .then().statusCode(200)
                .body("items.caseNumber", hasItem("22-008459"))
                .body("items.caseNumber", not(hasItem("25-008999")));
        given().when().get("/cases?committee=ubu&size=100")
                .then().statusCode(200)
                .body("items.caseNumber", hasItem("25-008999"))
                .body("items.caseNumber", not(hasItem("22-008459")));
        given().when().get("/cases?q=RUSMIDDEL")
                .then().statusCode(200)
                .body("items.caseNumber", equalTo(List.of("25-006083")))
                .body("items[0].title", equalTo("Orientering om den forebyggende rusmiddelindsats"))
                .body("items[0].href", equalTo("http://localhost:8082/cases/25-006083"));
        given().when().get("/cases?q=euforiserende").then().body("items.caseNumber", equalTo(List.of("25-006083")));
        given().when().get("/cases?size=2")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("links.self", equalTo("http://localhost:8082/cases?size=2"))
                .body("links.next", equalTo("http://localhost:8082/cases?size=2&page=1"))
                .body("links.prev", equalTo(null))
                .header("X-Total-Count", not(equalTo("2")))
                .header("Link", containsString("rel=\"next\""));
        given().when().get("/cases?q=hjemløsestrategi")
                .then().body("items[0].nextCommittee.id", equalTo("oeu")).body("items[0].lastActivity", equalTo("2025-12-11"));
    }

    @Test
    void errorsSayWhatIsWrong() {
        given().when().get("/cases/99-000001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No minutes received so far mention case 99-000001."));
        given().when().get("/cases/hjemløshed")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("'hjemløshed' is not a case number"));
        given().when().get("/cases?status=DONE")
                .then().statusCode(400).body("detail", startsWith("status must be one of [IN_PROGRESS, POSTPONED, CONCLUDED]"));
        given().when().get("/cases?size=501").then().statusCode(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "page=x                                  | page must be a whole number like 2, at most 2147483647; got 'x'.",
            "page=4294968&size=500                   | page × size must be at most 2147483647",
            "size=0                                  | page must be 0 or more and size between 1 and 500; got page=0, size=0.",
            "size=ten                                | size must be a whole number like 2",
            "modifiedSince=yesterday                 | modifiedSince must be an ISO-8601 date-time",
            "modifiedSince=%2B999999999-12-31T00:00Z | modifiedSince must be in the years 0001 to 9999"})
    void aQueryValueThatDoesNotParseOrFitIs400NamingTheParameter(String query, String detail) {
        given().urlEncodingEnabled(false).when().get("/cases?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sagsspor.dk/problems/invalid-parameter"))
                .body("detail", startsWith(detail));
    }

    @Test
    void aChangeIsSeenOnTheStreamAsItHappens() {
        CaseFeed feed = new CaseFeed(em);
        try (SseClient client = new SseClient(stream)) {
            // The stream's consumer starts at the newest record, so keep deciding new cases until one is seen.
            List<String> decided = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                decided.add(feed.decideANewCase());
                return decided.stream().anyMatch(client::received);
            });
        }
    }

    @Test
    void openApiAndHealth() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/cases/{caseNumber}'.get.responses.'404'.description", startsWith("No minutes"));
    }
}
