package dk.sagsspor.cases;

import dk.sagsspor.cases.repository.CaseAnswerRepository;
import dk.sagsspor.cases.service.CaseAnswers;
import io.quarkus.arc.Arc;
import static org.awaitility.Awaitility.await;

import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingRef;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.testsupport.ConsumerLag;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Feeds agenda-item-decided events to the real broker, as ingest-service does, and inspects what was consumed. */
public final class CaseFeed {

    private static final AtomicInteger NEXT_CASE = new AtomicInteger(1);

    private final EntityManager em;

    public CaseFeed(EntityManager em) {
        this.em = em;
    }

    /** Publishes the events as ingest-service's outbox does: JSON payload, key = case number, CloudEvents headers. */
    public void publish(List<AgendaItemDecidedV1> events) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), events.stream()
                .map(event -> record(event.caseNumber(), EventJson.write(event), event.eventId(),
                        EventTypes.AGENDA_ITEM_DECIDED_V1, event.publishedAt()))
                .toList());
    }

    /** Publishes retractions as ingest-service does: on agenda-item-decided, key = case number. */
    public void retract(List<AgendaItemRetractedV1> retractions) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), retractions.stream()
                .map(event -> record(event.caseNumber(), EventJson.write(event), event.eventId(),
                        EventTypes.AGENDA_ITEM_RETRACTED_V1, event.publishedAt()))
                .toList());
    }

    /** Forgets every meeting heard of on meeting-published (other tests publish minutes through ingest-service). */
    public void forgetMeetings() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate known_meeting").executeUpdate();
            Arc.container().instance(CaseAnswerRepository.class).get().markAllDue();
        });
        forgetAnswers();
    }

    /** The service's kept answers (CaseAnswers) know nothing of tables emptied behind its back. */
    private static void forgetAnswers() {
        Arc.container().instance(CaseAnswers.class).get().forgetAll();
    }

    /**
     * Publishes meetings as ingest-service does (meeting-published, key = meeting id) and waits until the service
     * knows each of them (table known_meeting), which it reads for the links of a case's steps.
     */
    public void publishMeetings(List<MeetingPublishedV1> meetings) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), meetings.stream()
                .map(m -> KafkaTestProducer.record(Topics.MEETING_PUBLISHED, m.meetingId(), EventJson.write(m),
                        CloudEventHeaders.of(m.eventId(), EventTypes.MEETING_PUBLISHED_V1, "urn:sagsspor:ingest-service",
                                m.meetingId(), m.publishedAt())))
                .toList());
        List<String> ids = meetings.stream().map(MeetingPublishedV1::meetingId).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from known_meeting where meeting_id in (:ids)")
                        .setParameter("ids", ids).getSingleResult()).longValue()) == ids.size());
    }

    private static ProducerRecord<String, String> record(String caseNumber, String value, String eventId, String type,
                                                         OffsetDateTime time) {
        return KafkaTestProducer.record(Topics.AGENDA_ITEM_DECIDED, caseNumber, value,
                CloudEventHeaders.of(eventId, type, "urn:sagsspor:ingest-service", caseNumber, time));
    }

    /**
     * Waits until the service's consumers (decisions and meetings) have committed every record on their topics, so
     * nothing is left for them to process: not ours, and not what an earlier test class left behind, which a new
     * application joining the group is handed again.
     */
    public void awaitConsumersCaughtUp() {
        Config config = ConfigProvider.getConfig();
        for (String channel : List.of("decisions", "meetings")) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            ConsumerLag.awaitCaughtUp(KafkaBrokerResource.broker().bootstrapServers(),
                    config.getValue(prefix + "group.id", String.class), config.getValue(prefix + "topic", String.class),
                    Duration.ofSeconds(60));
        }
    }

    public long processedEvents() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from message_log").getSingleResult()).longValue());
    }

    public long caseUpdatedEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where topic = 'case-updated'").getSingleResult()).longValue());
    }

    /** Events written to the outbox and not yet acknowledged by Kafka. */
    public long unpublishedEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where published_at is null").getSingleResult()).longValue());
    }

    /**
     * Forgets everything consumed, so the next feed starts from nothing. message_log first: the consumer locks it
     * first too, so a decision still being applied (a test that did not wait for its last ones) makes the truncate
     * wait instead of deadlocking with it. The service's background work (the answer writer, the relay, the stream's
     * broadcaster) reads the tables in other orders; when PostgreSQL breaks such a deadlock by ending the truncate, it
     * is tried again (the other transaction has gone on by then).
     */
    public void reset() {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("truncate message_log, case_statement, "
                        + "case_meeting_revision, case_view, case_answer, outbox_event").executeUpdate());
                break;
            } catch (jakarta.persistence.PessimisticLockException deadlocked) {
                if (attempt == 5) {
                    throw deadlocked;
                }
            }
        }
        forgetAnswers();
    }

    /** Starts from nothing and feeds the decisions of the given seed documents ("000", ...), as ingest gives them. */
    public void resetAndFeedSeeds(String... seeds) {
        List<AgendaItemDecidedV1> events = new ArrayList<>();
        for (String seed : seeds) {
            events.addAll(DocumentEvents.ofSeed(seed));
        }
        resetAndFeed(events);
    }

    public void resetAndFeed(List<AgendaItemDecidedV1> events) {
        reset();
        publishAndWait(events, events.stream().map(AgendaItemDecidedV1::eventId).distinct().count());
    }

    /** Publishes the events and waits until {@code processedInTotal} events have been consumed. */
    public void publishAndWait(List<AgendaItemDecidedV1> events, long processedInTotal) {
        publish(events);
        await().atMost(Duration.ofSeconds(60)).until(() -> processedEvents() >= processedInTotal);
    }

    /** A decision on a case nobody has seen before; returns its number. */
    public String decideANewCase() {
        String caseNumber = newCaseNumber();
        decide(caseNumber);
        return caseNumber;
    }

    /** A case number no test has used yet. */
    public String newCaseNumber() {
        return String.format("99-%06d", NEXT_CASE.getAndIncrement());
    }

    /** Publishes one approving decision on the case (SU, 2025-12-11); returns the event's id. */
    public String decide(String caseNumber) {
        return decide(caseNumber, new BodyRef("su", "Socialudvalget", "2022-2025"), LocalDate.parse("2025-12-11"));
    }

    /** Publishes one approving decision on the case by this body on this day; returns the event's id. */
    public String decide(String caseNumber, BodyRef body, LocalDate day) {
        AgendaItemDecidedV1 decision = new AgendaItemDecidedV1(UUID.randomUUID().toString(), 1,
                new MeetingRef(body.id() + "-" + day, body, day), 1, 1, "doc-sse", 1, "Ny sag",
                caseNumber, "Godkendt.", "APPROVED", List.of(), List.of(body.id()), List.of(), List.of(),
                OffsetDateTime.now());
        publish(List.of(decision));
        return decision.eventId();
    }

    /**
     * Publishes a record with a meeting's key and meeting-published headers but this value, as these bytes (e.g. not
     * JSON, not even UTF-8); returns its event id.
     */
    public String publishUnreadableMeeting(String meetingId, byte[] value) {
        String eventId = UUID.randomUUID().toString();
        KafkaTestProducer.sendBytes(KafkaBrokerResource.broker().bootstrapServers(), List.of(KafkaTestProducer.record(
                Topics.MEETING_PUBLISHED, meetingId, value, CloudEventHeaders.of(eventId,
                        EventTypes.MEETING_PUBLISHED_V1, "urn:sagsspor:ingest-service", meetingId, OffsetDateTime.now()))));
        return eventId;
    }

    /** Publishes a record with a decision's key and headers but this value (e.g. not JSON); returns its event id. */
    public String publishUnreadable(String caseNumber, String value) {
        String eventId = UUID.randomUUID().toString();
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), List.of(record(caseNumber, value,
                eventId, EventTypes.AGENDA_ITEM_DECIDED_V1, OffsetDateTime.now())));
        return eventId;
    }
}
