package dk.sagsspor.ingest;

import static dk.sagsspor.testsupport.TestTokens.writer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sagsspor.events.Topics;
import dk.sagsspor.outbox.OutboxRepository;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.testsupport.KafkaBroker;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * With the broker down, documents are still accepted and the service stays ready; their events wait in the outbox
 * (counted at /q/metrics) and arrive once it is back.
 */
@QuarkusTest
class KafkaOutageTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void eventsWrittenWhileKafkaIsDownArriveWhenItIsBack() {
        KafkaBroker broker = KafkaBrokerResource.broker();
        broker.stop();
        String documentId;
        try {
            documentId = given().auth().oauth2(writer()).contentType("text/plain").body(Seeds.bytes("000"))
                    .when().post("/documents")
                    .then().statusCode(201)
                    .body("meetingId", equalTo("bfu-2025-12-03"))
                    .body("eventsPublished", equalTo(10))
                    .extract().path("documentId");
            // The relay tries, fails and keeps the events.
            await().atMost(Duration.ofSeconds(60)).until(() -> failedAttempts() > 0);
            assertEquals(10, unpublished());
            // Still ready: ingest needs its database, not Kafka; the backlog is visible to Prometheus.
            given().when().get("/q/health/ready").then().statusCode(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics")
                    .then().statusCode(200)
                    .body(containsString("sagsspor_outbox_pending 10.0"))
                    .body(containsString("sagsspor_outbox_oldest_pending_seconds")));
        } finally {
            broker.restart();
        }

        await().atMost(Duration.ofSeconds(90)).until(() ->
                TopicRecords.ofDocument(Topics.AGENDA_ITEM_DECIDED, documentId).size() == 9
                        && TopicRecords.ofDocument(Topics.MEETING_PUBLISHED, documentId).size() == 1);
        assertEquals(0, unpublished());
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(outbox::countUnpublished);
    }

    private long failedAttempts() {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("lastError is not null"));
    }
}
