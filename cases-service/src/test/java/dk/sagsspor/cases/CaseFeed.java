package dk.sagsspor.cases;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.MeetingRef;
import dk.sagsspor.events.Topics;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Feeds agenda-item-decided events to the real broker, as ingest-service does, and inspects what was consumed. */
public final class CaseFeed {

    private static final AtomicInteger NEXT_CASE = new AtomicInteger(1);

    private final EntityManager em;

    public CaseFeed(EntityManager em) {
        this.em = em;
    }

    public void publish(List<AgendaItemDecidedV1> events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (AgendaItemDecidedV1 event : events) {
                producer.send(new ProducerRecord<>(Topics.AGENDA_ITEM_DECIDED, event.caseNumber(), json(event)));
            }
            producer.flush();
        }
    }

    public long processedEvents() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from processed_event").getSingleResult()).longValue());
    }

    public long caseUpdatedEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where topic = 'case-updated'").getSingleResult()).longValue());
    }

    /** Forgets everything consumed, so the next feed starts from nothing. */
    public void reset() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate case_statement, case_view, processed_event, outbox_event").executeUpdate());
    }

    /** Starts from nothing, publishes the events and waits until the service has consumed every one. */
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
        String caseNumber = String.format("99-%06d", NEXT_CASE.getAndIncrement());
        BodyRef su = new BodyRef("su", "Socialudvalget", "2022-2025");
        publish(List.of(new AgendaItemDecidedV1(UUID.randomUUID().toString(), 1,
                new MeetingRef("su-2025-12-11", su, LocalDate.parse("2025-12-11")), 1, "doc-sse", 1, "Ny sag",
                caseNumber, "Godkendt.", "APPROVED", List.of(), List.of("su"), List.of(), List.of(),
                OffsetDateTime.now())));
        return caseNumber;
    }

    private static String json(AgendaItemDecidedV1 event) {
        try {
            return GoldenCases.JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
