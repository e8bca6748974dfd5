package dk.sagsspor.ingest;

import static dk.sagsspor.testsupport.TestTokens.writer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.Topics;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A meeting's minutes corrected, the correction withdrawn, then the first version withdrawn and reinstated, through
 * the service onto the real broker: each change raises the meeting's revision and says exactly what changed.
 */
@QuarkusTest
class CorrectionsAndWithdrawalsTest {

    private static final String MEETING = "oeu-2026-02-18";
    private static final String KEPT = "26-000412";
    private static final String DROPPED = "26-000377";

    @Test
    void aCorrectionItsWithdrawalAndTheFirstVersionsWithdrawalAndReinstatement() throws IOException {
        String original = Files.readString(Path.of("../samples/minutes/2026-02-18-oeu.md"));
        // The correction: item 2 dropped, item 1's decision reworded into a rejection.
        String corrected = original.substring(0, original.indexOf("# Punkt 2:"))
                .replace("Anbefales med den bemærkning at arbejdet udbydes samlet.", "Ikke anbefalet.");

        String first = post(original, 201);
        assertEquals(1, (int) given().get("/documents/" + first).then().extract().path("meetingVersion"));
        JsonNode firstPublished = await(Topics.MEETING_PUBLISHED, EventTypes.MEETING_PUBLISHED_V1, MEETING, 1);
        assertEquals(first, firstPublished.path("documentId").asText());

        String second = post(corrected, 201);
        JsonNode correction = await(Topics.MEETING_PUBLISHED, EventTypes.MEETING_PUBLISHED_V1, MEETING, 2);
        assertEquals(second, correction.path("documentId").asText());
        assertEquals(2, correction.path("meetingVersion").asInt());
        assertEquals(first, correction.path("supersedesDocumentId").asText());
        JsonNode rejected = await(Topics.AGENDA_ITEM_DECIDED, EventTypes.AGENDA_ITEM_DECIDED_V1, KEPT, 2);
        assertEquals("Ikke anbefalet.", rejected.path("decisionText").asText());
        assertEquals("REJECTED", rejected.path("outcome").asText());
        JsonNode retracted = await(Topics.AGENDA_ITEM_DECIDED, EventTypes.AGENDA_ITEM_RETRACTED_V1, DROPPED, 2);
        assertEquals("CORRECTED", retracted.path("reason").asText());
        assertEquals(first, retracted.path("documentId").asText());

        // The correction withdrawn: version 1 is current again, published anew at revision 3.
        OffsetDateTime beforeWithdrawals = OffsetDateTime.now().minusSeconds(1);
        given().auth().oauth2(writer())
                .queryParam("reason", "Udgivet ved en fejl").delete("/documents/" + second).then().statusCode(204);
        given().get("/documents/" + second).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Udgivet ved en fejl"))
                .body("withdrawnAt", notNullValue());
        JsonNode republished = await(Topics.MEETING_PUBLISHED, EventTypes.MEETING_PUBLISHED_V1, MEETING, 3);
        assertEquals(first, republished.path("documentId").asText());
        assertEquals(1, republished.path("meetingVersion").asInt());
        for (String caseNumber : List.of(KEPT, DROPPED)) {
            assertEquals(first, await(Topics.AGENDA_ITEM_DECIDED, EventTypes.AGENDA_ITEM_DECIDED_V1, caseNumber, 3)
                    .path("documentId").asText());
        }
        // Withdrawing twice changes nothing.
        given().auth().oauth2(writer()).delete("/documents/" + second).then().statusCode(204);

        // Version 1 withdrawn too: no version left, so every case it spoke of is retracted and the meeting withdrawn.
        given().auth().oauth2(writer()).delete("/documents/" + first).then().statusCode(204);
        for (String caseNumber : List.of(KEPT, DROPPED)) {
            assertEquals("WITHDRAWN", await(Topics.AGENDA_ITEM_DECIDED, EventTypes.AGENDA_ITEM_RETRACTED_V1,
                    caseNumber, 4).path("reason").asText());
        }
        JsonNode withdrawn = await(Topics.MEETING_PUBLISHED, EventTypes.MEETING_WITHDRAWN_V1, MEETING, 4);
        assertEquals(first, withdrawn.path("documentId").asText());
        assertEquals("oeu", withdrawn.path("meeting").path("body").path("id").asText());

        List<String> changed = given().queryParam("modifiedSince", beforeWithdrawals.toString()).get("/documents")
                .then().statusCode(200).extract().path("items.findAll { it.deleted }.documentId");
        assertTrue(changed.containsAll(List.of(first, second)), changed::toString);

        // The same bytes again reinstate version 1: published at revision 5.
        given().auth().oauth2(writer())
                .contentType("text/markdown; charset=UTF-8").body(original.getBytes(StandardCharsets.UTF_8))
                .post("/documents").then().statusCode(200).body("documentId", equalTo(first));
        given().get("/documents/" + first).then().body("status", equalTo("ACCEPTED"));
        assertEquals(first, await(Topics.MEETING_PUBLISHED, EventTypes.MEETING_PUBLISHED_V1, MEETING, 5)
                .path("documentId").asText());
    }

    private static String post(String minutes, int status) {
        return given().auth().oauth2(writer())
                .contentType("text/markdown; charset=UTF-8").body(minutes.getBytes(StandardCharsets.UTF_8))
                .post("/documents").then().statusCode(status).extract().path("documentId");
    }

    /** The payload of the one event of this type, key and revision, once it reached the broker. */
    private static JsonNode await(String topic, String type, String key, int revision) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> find(topic, type, key, revision).size() == 1);
        List<JsonNode> found = find(topic, type, key, revision);
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static List<JsonNode> find(String topic, String type, String key, int revision) {
        return KafkaTestConsumer.readAll(KafkaBrokerResource.broker().bootstrapServers(), topic, Duration.ofSeconds(1))
                .stream()
                .filter(r -> key.equals(r.key()))
                .filter(r -> type.equals(KafkaTestConsumer.headers(r).get(CloudEventHeaders.TYPE)))
                .map(ConsumerRecord::value).map(EventJson::tree)
                .filter(p -> p.path("revision").asInt() == revision)
                .toList();
    }
}
