package dk.sagsspor.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.Topics;
import dk.sagsspor.testsupport.DeadLetters;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record on agenda-item-decided that no consumer can read (issue 11, point 7) goes to the dead-letter topic with
 * the reason, and does not hold up the records behind it: the next decision with the same key is applied. The same
 * for meeting-published, which this service reads as bytes: the dead-letter topic gets the bytes that came.
 */
@QuarkusTest
class PoisonRecordTest {

    @Inject
    EntityManager em;

    @Test
    void aDecisionThatIsNotJsonIsDeadLetteredAndTheNextDecisionOnTheCaseApplied() {
        CaseFeed feed = new CaseFeed(em);
        String caseNumber = feed.newCaseNumber();
        String poison = feed.publishUnreadable(caseNumber, "{not json");
        feed.decide(caseNumber);

        // Same key, so same partition, behind the poison record: applied only if the poison one did not block it.
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/cases/" + caseNumber).statusCode() != 404);
        given().get("/cases/" + caseNumber).then().statusCode(200);
        ConsumerRecord<String, String> dead = DeadLetters.required(KafkaBrokerResource.broker().bootstrapServers(),
                Topics.AGENDA_ITEM_DECIDED + ".dlq", poison, Duration.ofSeconds(30));
        assertThat(DeadLetters.reason(dead), containsString("not JSON"));
        assertThat(dead.key(), is(caseNumber));
    }

    @Test
    void aMeetingThatIsNotJsonIsDeadLetteredAsItCameAndTheNextMeetingWithItsKeyHeardOf() {
        CaseFeed feed = new CaseFeed(em);
        String meetingId = "poison-" + UUID.randomUUID();
        // Not JSON, and not UTF-8 either (0xC3 0x28): read as text it would have been changed (U+FFFD) on its way to
        // the dead-letter topic; read as bytes it goes there as it came.
        byte[] unreadable = {'{', '"', 'e', '"', ':', ' ', '"', (byte) 0xC3, '(', '"', ',', ' ', 'n', 'o', 't'};
        String poison = feed.publishUnreadableMeeting(meetingId, unreadable);
        MeetingPublishedV1 next = new MeetingPublishedV1(UUID.randomUUID().toString(), MeetingPublishedV1.SCHEMA_VERSION,
                meetingId, 1, 1, null, "doc-" + meetingId, "0".repeat(64),
                new BodyRef("su", "Socialudvalget", "2022-2025"), OffsetDateTime.parse("2025-12-11T17:00:00+01:00"),
                null, "FINAL", List.of(), List.of(), List.of(), List.of(), List.of(), OffsetDateTime.now());

        feed.publishMeetings(List.of(next)); // waits until the service knows it: behind the poison record, same key

        ConsumerRecord<String, String> dead = DeadLetters.required(KafkaBrokerResource.broker().bootstrapServers(),
                Topics.MEETING_PUBLISHED + ".cases.dlq", poison, Duration.ofSeconds(30));
        assertThat(DeadLetters.reason(dead), containsString("not JSON"));
        assertThat(dead.key(), is(meetingId));
        assertThat(dead.serializedValueSize(), is(unreadable.length));
        assertThat(dead.value(), is(new String(unreadable, StandardCharsets.UTF_8)));
    }
}
