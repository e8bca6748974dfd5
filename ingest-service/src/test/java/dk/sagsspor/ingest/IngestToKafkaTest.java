package dk.sagsspor.ingest;

import static dk.sagsspor.testsupport.TestTokens.writer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.Topics;
import dk.sagsspor.outbox.OutboxRepository;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Seed 001 through the service onto the real broker: exactly its events, once. */
@QuarkusTest
class IngestToKafkaTest {

    private static final List<String> CASES_OF_ITEMS_2_TO_9 = List.of("24-003540", "22-008459", "25-008999",
            "25-013262", "25-013405", "25-006083", "25-011011", "25-012247");

    @Inject
    OutboxRepository outbox;

    @Test
    void minutesBecomeOneMeetingAndEightDecisionsExactlyOnce() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String documentId = given().auth().oauth2(writer())
                .contentType("text/plain; charset=UTF-8").body(Seeds.bytes("001"))
                .header("traceparent", traceparent)
                .when().post("/documents")
                .then().statusCode(201)
                .header("traceparent", equalTo(traceparent))
                .body("kind", equalTo("MINUTES"))
                .body("meetingId", equalTo("su-2025-12-11"))
                .body("items", equalTo(11))
                .body("eventsPublished", equalTo(9))
                .extract().path("documentId");

        await().atMost(Duration.ofSeconds(60)).until(() ->
                TopicRecords.ofDocument(Topics.AGENDA_ITEM_DECIDED, documentId).size() == 8
                        && TopicRecords.ofDocument(Topics.MEETING_PUBLISHED, documentId).size() == 1);

        List<ConsumerRecord<String, String>> decisions = TopicRecords.ofDocument(Topics.AGENDA_ITEM_DECIDED, documentId);
        assertEquals(CASES_OF_ITEMS_2_TO_9, decisions.stream().map(ConsumerRecord::key).sorted(
                java.util.Comparator.comparingInt(CASES_OF_ITEMS_2_TO_9::indexOf)).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), decisions.stream()
                .map(r -> TopicRecords.payload(r).path("itemNumber").asInt()).sorted().toList());
        Map<String, String> headers = KafkaTestConsumer.headers(decisions.get(0));
        assertEquals(EventTypes.AGENDA_ITEM_DECIDED_V1, headers.get(CloudEventHeaders.TYPE));
        assertEquals(TopicRecords.payload(decisions.get(0)).path("eventId").asText(), headers.get(CloudEventHeaders.ID));
        assertEquals(decisions.get(0).key(), headers.get(CloudEventHeaders.SUBJECT));
        // The caller's trace goes with the events, so the consumers log under the same trace id.
        assertEquals(traceparent, headers.get("traceparent"));
        ConsumerRecord<String, String> meeting = TopicRecords.ofDocument(Topics.MEETING_PUBLISHED, documentId).get(0);
        assertEquals("su-2025-12-11", meeting.key());
        assertEquals(5, TopicRecords.payload(meeting).path("attendees").size());

        // The same content again: the same document, no new events.
        given().auth().oauth2(writer()).contentType("text/plain").body(Seeds.bytes("001"))
                .when().post("/documents")
                .then().statusCode(200)
                .body("documentId", equalTo(documentId))
                .body("eventsPublished", equalTo(0));
        // A later document as a sentinel: the relay sends in outbox order, so once its events are on the topic,
        // anything the repeated post had written would be there too.
        byte[] sentinelContent = (new String(Seeds.bytes("000"), java.nio.charset.StandardCharsets.UTF_8)
                + "\n\nSentinel " + java.util.UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sentinel = given().auth().oauth2(writer()).contentType("text/plain; charset=UTF-8").body(sentinelContent)
                .when().post("/documents")
                .then().statusCode(201).extract().path("documentId");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TopicRecords.ofDocument(Topics.MEETING_PUBLISHED, sentinel).isEmpty());
        assertEquals(8, TopicRecords.ofDocument(Topics.AGENDA_ITEM_DECIDED, documentId).size());
        assertEquals(1, TopicRecords.ofDocument(Topics.MEETING_PUBLISHED, documentId).size());
        // Sent events are not kept here (sagsspor.outbox.relay.keep-sent=false): the relay deletes their rows as it
        // marks them sent, in the transaction that ends once Kafka acknowledged them.
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRowsOf(documentId) == 0);
        assertEquals(0, unpublished());
    }

    private long outboxRowsOf(String documentId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("payload like ?1", "%" + documentId + "%"));
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(outbox::countUnpublished);
    }
}
