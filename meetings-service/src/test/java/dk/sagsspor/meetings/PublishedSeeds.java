package dk.sagsspor.meetings;

import static org.awaitility.Awaitility.await;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.events.Topics;
import dk.sagsspor.meetings.service.SearchAnswers;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestProducer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Brings the service to a known state: the events of seeds published through the real broker and applied. */
public final class PublishedSeeds {

    /** The seeds the service's tests start from (000 BFU, 001 and 002 SU, 004 the KKR draft). */
    static final List<String> SEEDS = List.of("000", "001", "002", "004");

    private PublishedSeeds() {
    }

    /** An empty database, then the first version of each of {@link #SEEDS}. */
    public static void publishAfresh(EntityManager em) {
        clear(em);
        List<MeetingPublishedV1> meetings = SEEDS.stream()
                .map(seed -> DocumentEvents.meetingOf(Seeds.bytes(seed), 1)).toList();
        publishAndWait(em, meetings, SEEDS.size());
    }

    /** An empty database: no meetings, bodies, persons, nor any event seen; and no search page kept from before. */
    static void clear(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate message_log, attendance, agenda_item, meeting, person, body cascade").executeUpdate());
        Arc.container().instance(SearchAnswers.class).get().forgetAll();
    }

    /** Sends a record with a meeting's key and meeting-published headers but this value; returns its event id. */
    static String publishUnreadable(String meetingId, String value) {
        String eventId = UUID.randomUUID().toString();
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), List.of(record(meetingId, value,
                eventId, EventTypes.MEETING_PUBLISHED_V1, OffsetDateTime.now())));
        return eventId;
    }

    /** Sends the withdrawal and waits until the message log has seen this many events since {@link #publishAfresh}. */
    static void withdrawAndWait(EntityManager em, MeetingWithdrawnV1 withdrawn, long processedInTotal) {
        sendAndWait(em, List.of(withdrawn), processedInTotal);
    }

    /** Sends the events and waits until the message log has seen this many events since {@link #publishAfresh}. */
    static void publishAndWait(EntityManager em, List<MeetingPublishedV1> meetings, long processedInTotal) {
        sendAndWait(em, List.copyOf(meetings), processedInTotal);
    }

    /**
     * Sends publications and withdrawals in one go, in this order (one partition: one meeting's key), so a poll takes
     * them together, and waits until the message log has seen this many events since {@link #publishAfresh}.
     */
    static void sendAndWait(EntityManager em, List<Record> events, long processedInTotal) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(),
                events.stream().map(PublishedSeeds::record).toList());
        awaitProcessed(em, processedInTotal);
    }

    private static ProducerRecord<String, String> record(Record event) {
        if (event instanceof MeetingWithdrawnV1 withdrawn) {
            return record(withdrawn.meeting().id(), EventJson.write(withdrawn), withdrawn.eventId(),
                    EventTypes.MEETING_WITHDRAWN_V1, withdrawn.withdrawnAt());
        }
        MeetingPublishedV1 published = (MeetingPublishedV1) event;
        return record(published.meetingId(), EventJson.write(published), published.eventId(),
                EventTypes.MEETING_PUBLISHED_V1, published.publishedAt());
    }

    /** As ingest-service's outbox publishes: key = meeting id, CloudEvents headers. */
    private static ProducerRecord<String, String> record(String meetingId, String value, String eventId, String type,
                                                         OffsetDateTime time) {
        return KafkaTestProducer.record(Topics.MEETING_PUBLISHED, meetingId, value,
                CloudEventHeaders.of(eventId, type, "urn:sagsspor:ingest-service", meetingId, time));
    }

    private static void awaitProcessed(EntityManager em, long processedInTotal) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from message_log").getSingleResult()).longValue())
                >= processedInTotal);
    }
}
