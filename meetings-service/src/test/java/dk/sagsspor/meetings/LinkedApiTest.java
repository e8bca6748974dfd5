package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.minutes.Outcome;
import dk.sagsspor.problems.Vocabulary;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What issue 14 asks of the meetings API: links, agenda items and persons of their own, caching, export. */
@QuarkusTest
class LinkedApiTest {

    private static final String BASE = "http://localhost:8081";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void seedsPublished() {
        PublishedSeeds.publishAfresh(em);
    }

    @Test
    void everyReferenceCarriesAnAbsoluteHref() {
        given().when().get("/meetings/su-2025-12-11").then().statusCode(200)
                .body("href", equalTo(BASE + "/meetings/su-2025-12-11"))
                .body("attendees.find { it.name == 'Nikolaj Lykke Vad' }.personId", equalTo("nikolaj-lykke-vad"))
                .body("attendees.find { it.name == 'Nikolaj Lykke Vad' }.href",
                        equalTo(BASE + "/persons/nikolaj-lykke-vad"))
                .body("document.href", startsWith("http://localhost:8080/documents/"))
                .body("items.find { it.caseNumber == '25-008999' }.case.href",
                        equalTo("http://localhost:8082/cases/25-008999"))
                .body("items[0].href", equalTo(BASE + "/meetings/su-2025-12-11/items/1"));
        given().when().get("/meetings?committee=su").then()
                .body("items[0].href", equalTo(BASE + "/meetings/su-2025-12-11"));
        given().when().get("/search?q=hjemløs").then()
                .body("items.href", hasItem(BASE + "/meetings/su-2025-12-11/items/4"));
    }

    @Test
    void anAgendaItemHasAUrlOfItsOwn() {
        int number = given().when().get("/meetings/su-2025-12-11").then().extract()
                .path("items.find { it.caseNumber == '25-008999' }.number");
        given().when().get("/meetings/su-2025-12-11/items/" + number).then().statusCode(200)
                .body("meetingId", equalTo("su-2025-12-11"))
                .body("number", equalTo(number))
                .body("case.caseNumber", equalTo("25-008999"))
                .body("outcome", equalTo("RECOMMENDED"))
                .body("sections", notNullValue())
                .header("ETag", notNullValue());
        given().when().get("/meetings/su-2025-12-11/items/99").then().statusCode(404)
                .contentType("application/problem+json").body("detail", startsWith("Meeting su-2025-12-11 has no item 99"));
        given().when().get("/meetings/su-2025-12-11/items/four").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void personsArePagedAndFoundByName() {
        given().when().get("/persons?size=2").then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("links.self", equalTo(BASE + "/persons?size=2"))
                .body("links.next", equalTo(BASE + "/persons?size=2&page=1"));
        given().when().get("/persons?q=LYKKE").then().statusCode(200)
                .body("items.personId", equalTo(List.of("nikolaj-lykke-vad")))
                .body("items[0].href", equalTo(BASE + "/persons/nikolaj-lykke-vad"))
                .body("total", equalTo(1));
        given().when().get("/persons?q=%25").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void everyListHasTheOneShape() {
        for (String list : List.of("/committees", "/committees/su/meetings", "/committees/su/members", "/meetings",
                "/persons", "/search?q=strategi")) {
            given().when().get(list).then().statusCode(200)
                    .body("items", notNullValue()).body("page", equalTo(0)).body("size", equalTo(50))
                    .body("total", notNullValue())
                    .body("links.self", startsWith(BASE + list.split("\\?")[0]))
                    .body("links.first", startsWith(BASE)).body("links.last", startsWith(BASE))
                    .body("links.prev", equalTo(null))
                    .header("X-Total-Count", notNullValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/meetings/su-2025-12-11", "/meetings/su-2025-12-11/items/4", "/persons/hans-munk",
            "/committees/su", "/committees/su/meetings.ics"})
    void aSingleResourceIsAnsweredNotModifiedWhileItHasNotChanged(String path) {
        Response first = given().when().get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .extract().response();
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag, path);
        assertNotNull(lastModified, path);
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200);
        given().header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").when().get(path).then().statusCode(200);
    }

    @Test
    void theExportIsEveryMeetingAsItsOwnResourceOneALine() throws Exception {
        String body = given().when().get("/meetings/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).extract().asString();
        List<String> lines = body.lines().toList();
        assertEquals(PublishedSeeds.SEEDS.size(), lines.size(), body);
        for (String line : lines) {
            JsonNode exported = mapper.readTree(line);
            JsonNode single = mapper.readTree(given().when().get("/meetings/" + exported.get("id").asText())
                    .then().statusCode(200).extract().asString());
            assertEquals(single, exported);
        }
        given().when().get("/meetings/export?modifiedSince=2999-01-01T00:00:00Z").then().statusCode(200)
                .body(equalTo(""));
        given().when().get("/meetings/export?modifiedSince=soon").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theVocabularyLabelsEveryCodeInDanishAndEnglish() {
        given().when().get("/vocabulary").then().statusCode(200)
                .body("outcomes.find { it.code == 'RECOMMENDED' }.da", equalTo("Anbefales"))
                .body("meetingStatuses.code", equalTo(List.of("FINAL", "DRAFT")))
                .body("outcomes.en", everyItem(notNullValue()));
        assertEquals(Arrays.stream(Outcome.values()).map(Enum::name).toList(),
                Vocabulary.codes(Vocabulary.TERMS.outcomes()), "every outcome the parser gives has labels");
    }
}
