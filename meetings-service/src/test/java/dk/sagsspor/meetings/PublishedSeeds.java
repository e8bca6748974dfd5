package dk.sagsspor.meetings;

import static org.awaitility.Awaitility.await;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;

/** Brings the service to a known state: the events of seeds published through the real broker and applied. */
final class PublishedSeeds {

    /** The seeds the service's tests start from (000 BFU, 001 and 002 SU, 004 the KKR draft). */
    static final List<String> SEEDS = List.of("000", "001", "002", "004");

    private PublishedSeeds() {
    }

    /** An empty database, then the first version of each of {@link #SEEDS}. */
    static void publishAfresh(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate message_log, attendance, agenda_item, meeting, person, body cascade").executeUpdate());
        List<MeetingPublishedV1> meetings = SEEDS.stream()
                .map(seed -> DocumentEvents.meetingOf(Seeds.bytes(seed), 1)).toList();
        publishAndWait(em, meetings, SEEDS.size());
    }

    /** Sends the withdrawal and waits until the message log has seen this many events since {@link #publishAfresh}. */
    static void withdrawAndWait(EntityManager em, MeetingWithdrawnV1 withdrawn, long processedInTotal) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), List.of(KafkaTestProducer.record(
                Topics.MEETING_PUBLISHED, withdrawn.meeting().id(), EventJson.write(withdrawn),
                CloudEventHeaders.of(withdrawn.eventId(), EventTypes.MEETING_WITHDRAWN_V1, "urn:sagsspor:ingest-service",
                        withdrawn.meeting().id(), withdrawn.withdrawnAt()))));
        awaitProcessed(em, processedInTotal);
    }

    /** Sends the events and waits until the message log has seen this many events since {@link #publishAfresh}. */
    static void publishAndWait(EntityManager em, List<MeetingPublishedV1> meetings, long processedInTotal) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), meetings.stream()
                .map(meeting -> KafkaTestProducer.record(Topics.MEETING_PUBLISHED, meeting.meetingId(),
                        EventJson.write(meeting), CloudEventHeaders.of(meeting.eventId(), EventTypes.MEETING_PUBLISHED_V1,
                                "urn:sagsspor:ingest-service", meeting.meetingId(), meeting.publishedAt())))
                .toList());
        awaitProcessed(em, processedInTotal);
    }

    private static void awaitProcessed(EntityManager em, long processedInTotal) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from message_log").getSingleResult()).longValue())
                >= processedInTotal);
    }
}
