package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every list and search parameter that does not parse or fit is a 400 problem naming it; no data needed. */
@QuarkusTest
class QueryParametersApiTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/meetings?page=x                                  | page must be a whole number like 2, at most 2147483647; got 'x'.",
            "/meetings?page=4294968&size=500                   | page × size must be at most 2147483647",
            "/meetings?size=0                                  | page must be 0 or more and size between 1 and 500",
            "/meetings?to=%2B999999999-12-31                   | to must be in the years 0001 to 9999; got '+999999999-12-31'.",
            "/meetings?from=0000-12-31                         | from must be in the years 0001 to 9999",
            "/meetings?from=2025-13-01                         | from must be a date like 2025-12-11; got '2025-13-01'.",
            "/meetings?modifiedSince=yesterday                 | modifiedSince must be an ISO-8601 date-time",
            "/meetings?modifiedSince=%2B999999999-12-31T00:00Z | modifiedSince must be in the years 0001 to 9999",
            "/committees/su/meetings?page=x                    | page must be a whole number like 2",
            "/committees/su/meetings?page=4294968&size=500     | page × size must be at most 2147483647",
            "/committees/su/meetings?size=0                    | page must be 0 or more and size between 1 and 500",
            "/committees/su/meetings?to=%2B999999999-12-31     | to must be in the years 0001 to 9999",
            "/committees/su/meetings?from=2025-13-01           | from must be a date like 2025-12-11",
            "/committees/su/meetings?modifiedSince=yesterday   | modifiedSince must be an ISO-8601 date-time",
            "/committees?modifiedSince=yesterday               | modifiedSince must be an ISO-8601 date-time",
            "/committees/su/members?modifiedSince=%2B10000-01-01T00:00Z | modifiedSince must be in the years 0001 to 9999",
            "/search?q=strategi&limit=x                         | limit must be a whole number like 2",
            "/search?q=strategi&limit=0                         | limit must be between 1 and 200; got 0.",
            "/search?q=strategi&limit=99999999999               | limit must be a whole number like 2",
            "/search?q=strategi&sort=best                       | sort must be one of [NEWEST, RELEVANCE]; got 'best'.",
            "/search?q=strategi&page=20                         | Search serves the first 1000 hits; page 20 of size 50 starts at hit 1001."})
    void aQueryValueThatDoesNotParseOrFitIs400NamingTheParameter(String request, String detail) {
        given().urlEncodingEnabled(false).when().get(request)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sagsspor.dk/problems/invalid-parameter"))
                .body("detail", startsWith(detail));
    }

    @Test
    void theEdgesOfTheRangesAreAnswered() {
        given().when().get("/meetings?from=0001-01-01&to=9999-12-31").then().statusCode(200);
        given().when().get("/meetings?page=4294967&size=500").then().statusCode(200).body("items", hasSize(0));
    }
}
