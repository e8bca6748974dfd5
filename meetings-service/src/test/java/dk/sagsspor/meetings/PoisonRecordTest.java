package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.testsupport.DeadLetters;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record on meeting-published that no consumer can read (issue 11, point 7) goes to the dead-letter topic with
 * the reason, and does not hold up the records behind it: the next meeting with the same key is applied.
 */
@QuarkusTest
class PoisonRecordTest {

    @Inject
    EntityManager em;

    @Test
    void aMeetingThatIsNotJsonIsDeadLetteredAndTheNextRecordOfTheMeetingApplied() {
        PublishedSeeds.clear(em);
        MeetingPublishedV1 meeting = DocumentEvents.meetingOf(Seeds.bytes("000"), 1);
        String poison = PublishedSeeds.publishUnreadable(meeting.meetingId(), "{not json");
        // Same key, so same partition, behind the poison record: applied only if the poison one did not block it.
        PublishedSeeds.publishAndWait(em, List.of(meeting), 1);

        given().get("/meetings/" + meeting.meetingId()).then().statusCode(200);
        ConsumerRecord<String, String> dead = DeadLetters.required(KafkaBrokerResource.broker().bootstrapServers(),
                Topics.MEETING_PUBLISHED + ".dlq", poison, Duration.ofSeconds(30));
        assertThat(DeadLetters.reason(dead), containsString("not JSON"));
        assertThat(dead.key(), is(meeting.meetingId()));
    }
}
