package dk.sagsspor.outbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Traceparent;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The producing side on the real database and broker: written with the change, sent once, in order per key. */
@QuarkusTest
class OutboxRelayTest {

    private static final int KEYS = 8;
    private static final int PER_KEY = 40;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxRepository repository;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void clear() {
        Tables.clear(em);
    }

    @Test
    void enqueueNeedsTheCallersTransaction() {
        TransactionalException refused = assertThrows(TransactionalException.class,
                () -> outbox.enqueue(probe("no-transaction", "k", 0)));
        assertThat(refused.getCause(), instanceOf(jakarta.transaction.TransactionRequiredException.class));
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(probe("rolled-back", "k", 0));
            throw new IllegalStateException("the change failed");
        }));
        assertThat(Tables.count(em, "select count(*) from outbox_event"), is(0L));
    }

    @Test
    void aCommittedEventReachesKafkaWithCloudEventsHeaders() {
        String topic = "outbox-headers-" + UUID.randomUUID();
        EventEnvelope event = new EventEnvelope(topic, "25-008999", UUID.randomUUID().toString(), ProbeEvent.TYPE,
                "25-008999", OffsetDateTime.parse("2025-12-11T17:00:00+01:00"), new ProbeEvent("p", 1, "k", 0, "n"));
        // Enqueued while handling a traced request (the request filter or MessageLog puts it in the MDC).
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        MDC.put(Traceparent.MDC_TRACEPARENT, traceparent);
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(event));
        } finally {
            MDC.remove(Traceparent.MDC_TRACEPARENT);
        }

        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.readAtLeast(bootstrap(), topic, 1,
                Duration.ofSeconds(60));
        assertThat(records.size(), is(1));
        assertThat(header(records.get(0), "traceparent"), is(traceparent));
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key(), is("25-008999"));
        assertThat(EventJson.read(record.value(), ProbeEvent.class), is(event.payload()));
        // Stored as text, sent as stored: the service's own JSON, not PostgreSQL's printing of it.
        assertThat(record.value(), is(EventJson.write(event.payload())));
        assertThat(header(record, CloudEventHeaders.ID), is(event.eventId()));
        assertThat(header(record, CloudEventHeaders.TYPE), is(ProbeEvent.TYPE));
        assertThat(header(record, CloudEventHeaders.SOURCE), is("urn:sagsspor:outbox-test"));
        assertThat(header(record, CloudEventHeaders.SUBJECT), is("25-008999"));
        assertThat(OffsetDateTime.parse(header(record, CloudEventHeaders.TIME)).toInstant(),
                is(event.occurredAt().toInstant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.countUnpublished() == 0);
    }

    @Test
    void whileOneInstanceRelaysTheOthersStandByAndTakeOverWhenItStops() throws Exception {
        String topic = "outbox-standby-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(probe(topic, "k", 0)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            // Another instance's relay: it holds the relay lock for as long as its transaction lasts.
            Future<?> other = otherInstance.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                assertThat(repository.becomeRelay(OutboxPublisher.relayLock("urn:sagsspor:outbox-test")), is(true));
                holding.countDown();
                await().atMost(Duration.ofSeconds(60)).until(() -> release.getCount() == 0);
            }));
            holding.await();
            assertThat(publisher.publishBatch(), is(OutboxPublisher.BatchResult.STANDING_BY));
            assertThat(outbox.countUnpublished(), is(1L));

            release.countDown();
            other.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> outbox.countUnpublished() == 0);
            assertThat(KafkaTestConsumer.readAll(bootstrap(), topic, Duration.ofSeconds(30)).size(), is(1));
        } finally {
            otherInstance.shutdownNow();
        }
    }

    /**
     * Events written in many transactions while three relays run side by side (the scheduled one and two more, as two
     * more instances would): every key's events arrive once each and in the order they were written.
     */
    @Test
    void twoMoreRelaysKeepEveryKeysOrderOnTheBroker() throws Exception {
        String topic = "outbox-order-" + UUID.randomUUID();
        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            CountDownLatch written = new CountDownLatch(1);
            for (int i = 0; i < 2; i++) {
                running.add(relays.submit(() -> {
                    while (written.getCount() > 0 || outbox.countUnpublished() > 0) {
                        publisher.publishBatch();
                    }
                }));
            }
            for (int sequence = 0; sequence < PER_KEY; sequence++) {
                int n = sequence;
                QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, KEYS)
                        .forEach(key -> outbox.enqueue(probe(topic, "key-" + key, n))));
            }
            written.countDown();
            for (Future<?> relay : running) {
                relay.get();
            }
        } finally {
            relays.shutdownNow();
        }

        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.readAtLeast(bootstrap(), topic,
                KEYS * PER_KEY, Duration.ofSeconds(60));
        Map<String, List<Integer>> sequences = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> EventJson.read(r.value(), ProbeEvent.class).sequence(), Collectors.toList())));
        List<Integer> written = IntStream.range(0, PER_KEY).boxed().toList();
        assertThat(sequences.size(), is(KEYS));
        sequences.forEach((key, received) -> assertThat(key, received, contains(written.toArray())));
    }

    /** Over sagsspor.outbox.relay.max-payload-size (64K in the tests): never sent, set aside at once. */
    @Test
    void aPayloadOverTheSizeLimitIsSetAsideAndTheEventsAfterItGo() {
        OutboxEvent setAside = setAsideWhileTheNextEventGoes("outbox-too-large-" + UUID.randomUUID(), 100_000);
        assertThat(setAside.setAsideAt, is(notNullValue()));
        assertThat(setAside.setAsideReason, allOf(containsString("payload of 100"),
                containsString("over sagsspor.outbox.relay.max-payload-size (65536 bytes)")));
        assertThat(setAside.attempts, is(0));
        assertThat(outbox.countUnpublished(), is(0L));
    }

    /**
     * Under the relay's limit but over the producer's max.request.size (16 KB in the tests, as the broker's 1 MB would
     * be): Kafka refuses it, it is tried max-attempts (3) times, then set aside, and the events after it go.
     */
    @Test
    void anEventKafkaRefusesIsSetAsideAfterMaxAttemptsAndTheEventsAfterItGo() {
        OutboxEvent setAside = setAsideWhileTheNextEventGoes("outbox-refused-" + UUID.randomUUID(), 30_000);
        assertThat(setAside.attempts, is(3));
        assertThat(setAside.setAsideReason, allOf(containsString("refused by Kafka 3 times"),
                containsString("RecordTooLargeException")));
        assertThat(setAside.publishedSeq, is(nullValue()));
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("sagsspor.outbox.set.aside") == 1
                && gauge("sagsspor.outbox.pending") == 0);
    }

    @Test
    void theBacklogIsMeasured() {
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(probe("outbox-backlog", "k", 0, "x".repeat(100_000)));
            outbox.enqueue(probe("outbox-backlog", "k", 1));
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.countUnpublished() == 0);
        OutboxRepository.Backlog backlog = QuarkusTransaction.requiringNew().call(repository::backlog);
        assertThat(backlog, is(new OutboxRepository.Backlog(0, 0, 1)));

        // A row the relay cannot see yet (uncommitted, then rolled back), written a minute ago by the database's clock.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(probe("outbox-backlog", "k", 2));
            em.createNativeQuery("update outbox_event set created_at = now() - interval '60 seconds' "
                    + "where published_at is null and set_aside_at is null").executeUpdate();
            OutboxRepository.Backlog waiting = repository.backlog();
            assertThat(waiting.pending(), is(1L));
            assertThat(waiting.setAside(), is(1L));
            assertThat(waiting.oldestPendingSeconds(), is(greaterThanOrEqualTo(60.0)));
            throw new IllegalStateException("rolled back: the relay never sees it");
        }));
    }

    /**
     * Writes an event with a note of {@code noteLength} characters and, after it, one with the same key; the second
     * arrives alone on the topic.
     *
     * @return the first event's row
     */
    private OutboxEvent setAsideWhileTheNextEventGoes(String topic, int noteLength) {
        EventEnvelope large = probe(topic, "k", 0, "x".repeat(noteLength));
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(large);
            outbox.enqueue(probe(topic, "k", 1));
        });
        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.readAtLeast(bootstrap(), topic, 1,
                Duration.ofSeconds(60));
        assertThat(records.size(), is(1));
        assertThat(EventJson.read(records.get(0).value(), ProbeEvent.class).sequence(), is(1));
        return row(large.eventId());
    }

    private static EventEnvelope probe(String topic, String key, int sequence) {
        return probe(topic, key, sequence, "relayed");
    }

    private static EventEnvelope probe(String topic, String key, int sequence, String note) {
        String id = UUID.randomUUID().toString();
        return new EventEnvelope(topic, key, id, ProbeEvent.TYPE, key, OffsetDateTime.now(),
                new ProbeEvent(id, ProbeEvent.SCHEMA_VERSION, key, sequence, note));
    }

    private OutboxEvent row(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> repository.find("eventId", eventId).singleResult());
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private static String bootstrap() {
        return KafkaBrokerResource.broker().bootstrapServers();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
