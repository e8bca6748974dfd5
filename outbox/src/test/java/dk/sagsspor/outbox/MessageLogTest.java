package dk.sagsspor.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import dk.sagsspor.testsupport.KafkaTestProducer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer side on the real broker and database: each event applied once; what cannot be read, dead-lettered. */
@QuarkusTest
class MessageLogTest {

    @Inject
    EntityManager em;

    @Inject
    MessageLog log;

    @Inject
    ProbeConsumer consumer;

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void clear() {
        Tables.clear(em);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        String payload = EventJson.write(new ProbeEvent(id, 1, "k", 0, "once"));
        send(id, ProbeEvent.TYPE, payload);
        send(id, ProbeEvent.TYPE, payload);
        String sentinel = UUID.randomUUID().toString();
        send(sentinel, ProbeEvent.TYPE, EventJson.write(new ProbeEvent(sentinel, 1, "k", 1, "sentinel")));

        // Records of one key are consumed in order: once the sentinel is applied, both deliveries were consumed.
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("sentinel") == 1);
        assertThat(applied("once"), is(1L));
        assertThat(Tables.count(em, "select count(*) from message_log where event_id = '" + id + "'"), is(1L));
    }

    @Test
    void anUnknownTypeGoesToTheDeadLetterTopicWithTheReason() {
        String id = UUID.randomUUID().toString();
        double before = deadLetteredCount();
        send(id, "dk.sagsspor.test.unknown.v1", EventJson.write(new ProbeEvent(id, 1, "k", 0, "unknown type")));

        ConsumerRecord<String, String> dead = deadLettered(id);
        assertThat(reason(dead), containsString("unknown ce_type dk.sagsspor.test.unknown.v1"));
        assertThat(applied("unknown type"), is(0L));
        assertThat(deadLetteredCount(), is(before + 1));
    }

    @Test
    void aTransientDatabaseFailureIsRetriedAndTheEventAppliedOnce() {
        String id = UUID.randomUUID().toString();
        double deadBefore = deadLetteredCount();
        send(id, ProbeEvent.TYPE, EventJson.write(new ProbeEvent(id, 1, "k", 0, ProbeConsumer.SERIALIZATION_FAILURE)));

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(ProbeConsumer.SERIALIZATION_FAILURE) == 1);
        assertThat(consumer.attempts(id), is(ProbeConsumer.FAILING_ATTEMPTS + 1));
        assertThat(deadLetteredCount(), is(deadBefore));
        assertThat(find(id), is(nullValue()));
    }

    @Test
    void aRowLockedElsewhereIsWaitedForUntilItIsReleased() throws Exception {
        String id = UUID.randomUUID().toString();
        double retriedBefore = retriedCount("transient");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // Another transaction holds the row the handler is about to insert: it waits, its lock_timeout fires.
            try (var insert = other.prepareStatement("insert into probe_applied (event_id, note) values (?, 'other')")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
            send(id, ProbeEvent.TYPE, EventJson.write(new ProbeEvent(id, 1, "k", 0, "waited for the lock")));
            await().atMost(Duration.ofSeconds(60)).until(() -> retriedCount("transient") >= retriedBefore + 2);
            assertThat(applied("waited for the lock"), is(0L));
            other.rollback();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> applied("waited for the lock") == 1);
        assertThat(find(id), is(nullValue()));
    }

    @Test
    void aHandlerThatKeepsFailingIsTriedAFewTimesThenDeadLettered() {
        String id = UUID.randomUUID().toString();
        double before = deadLetteredCount();
        send(id, ProbeEvent.TYPE, EventJson.write(new ProbeEvent(id, 1, "k", 0, ProbeConsumer.BUG)));

        assertThat(reason(deadLettered(id)), allOf(containsString("failed 3 times"),
                containsString("a bug in the handler, attempt 3")));
        assertThat(consumer.attempts(id), is(3));
        assertThat(applied(ProbeConsumer.BUG), is(0L));
        assertThat(deadLetteredCount(), is(before + 1));
    }

    /**
     * Records sent together, so most likely polled and applied as one batch: the unreadable one and the one whose
     * handler keeps failing go to the dead-letter topic each with its reason, the others are applied once.
     */
    @Test
    void inABatchTheBadRecordsAreDeadLetteredAloneAndTheRestApplied() {
        String before = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        String bug = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), List.of(
                probeRecord(before, EventJson.write(new ProbeEvent(before, 1, "k", 0, "batch before"))),
                probeRecord(unreadable, "{not json"),
                probeRecord(bug, EventJson.write(new ProbeEvent(bug, 1, "k", 1, ProbeConsumer.BUG))),
                probeRecord(after, EventJson.write(new ProbeEvent(after, 1, "k", 2, "batch after")))));

        assertThat(reason(deadLettered(unreadable)), containsString("not JSON"));
        assertThat(reason(deadLettered(bug)), containsString("a bug in the handler"));
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("batch after") == 1);
        assertThat(applied("batch before"), is(1L));
        assertThat(applied(ProbeConsumer.BUG), is(0L));
        assertThat(find(before), is(nullValue()));
        assertThat(find(after), is(nullValue()));
    }

    @Test
    void anotherSchemaVersionIsNeverReadAsVersionOne() {
        String id = UUID.randomUUID().toString();
        send(id, ProbeEvent.TYPE, EventJson.write(new ProbeEvent(id, 2, "k", 0, "version two")));

        ConsumerRecord<String, String> dead = deadLettered(id);
        assertThat(reason(dead), allOf(containsString("unsupported schemaVersion 2"), containsString("reads version 1")));
        assertThat(applied("version two"), is(0L));
    }

    /** JSON may name a field twice: the version checked first and the one read into the record must agree. */
    @Test
    void aSchemaVersionGivenTwiceWithDifferentValuesIsDeadLettered() {
        String id = UUID.randomUUID().toString();
        String twice = EventJson.write(new ProbeEvent(id, 1, "k", 0, "version given twice"))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"schemaVersion\":2");
        send(id, ProbeEvent.TYPE, twice);

        assertThat(reason(deadLettered(id)), containsString("gives schemaVersion or eventId twice"));
        assertThat(applied("version given twice"), is(0L));
    }

    @Test
    void aPayloadThatIsNotJsonIsDeadLettered() {
        String id = UUID.randomUUID().toString();
        send(id, ProbeEvent.TYPE, "{not json");

        assertThat(reason(deadLettered(id)), containsString("not JSON"));
    }

    @Test
    void theLogJoinsTheCallersTransactionAndNeverStartsOne() {
        TransactionalException refused = assertThrows(TransactionalException.class,
                () -> log.firstDelivery("no-transaction", ProbeEvent.TYPE));
        assertThat(refused.getCause(), instanceOf(TransactionRequiredException.class));
    }

    private double deadLetteredCount() {
        Counter counter = registry.find("sagsspor.events.dead.lettered").tag("topic", "probe").counter();
        return counter == null ? 0 : counter.count();
    }

    private double retriedCount(String kind) {
        Counter counter = registry.find("sagsspor.events.retried").tag("topic", "probe").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private long applied(String note) {
        return Tables.count(em, "select count(*) from probe_applied where note = '" + note + "'");
    }

    private static void send(String id, String type, String payload) {
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), List.of(KafkaTestProducer.record(
                "probe", "k", payload, CloudEventHeaders.of(id, type, "urn:test", "k", OffsetDateTime.now()))));
    }

    private static ProducerRecord<String, String> probeRecord(String id, String payload) {
        return KafkaTestProducer.record("probe", "k", payload,
                CloudEventHeaders.of(id, ProbeEvent.TYPE, "urn:test", "k", OffsetDateTime.now()));
    }

    @Test
    void theCallersTraceIdIsInTheLogContextWhileTheEventIsApplied() {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>(
                CloudEventHeaders.of(id, ProbeEvent.TYPE, "urn:test", "k", OffsetDateTime.now()));
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        KafkaTestProducer.send(KafkaBrokerResource.broker().bootstrapServers(), List.of(KafkaTestProducer.record(
                "probe", "k", EventJson.write(new ProbeEvent(id, 1, "k", 0, "traced")), headers)));

        await().atMost(Duration.ofSeconds(60)).until(() -> applied("traced") == 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select trace_id from probe_applied where note = 'traced'").getSingleResult()),
                is("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    private static ConsumerRecord<String, String> deadLettered(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> find(id) != null);
        return find(id);
    }

    private static ConsumerRecord<String, String> find(String id) {
        return KafkaTestConsumer.readAll(KafkaBrokerResource.broker().bootstrapServers(), "probe.dlq",
                        Duration.ofMillis(500)).stream()
                .filter(r -> id.equals(header(r, CloudEventHeaders.ID))).findFirst().orElse(null);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return header(record, "dead-letter-reason");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
