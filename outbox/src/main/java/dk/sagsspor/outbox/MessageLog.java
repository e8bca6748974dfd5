package dk.sagsspor.outbox;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Traceparent;
import dk.sagsspor.events.VersionedPayload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The consumer side of the outbox: every consumed event goes through here. {@link #consume} checks each event's type
 * and schema version, reads its payload, and applies it at most once: the event id is logged in table
 * {@code message_log} in the same transaction as the change it causes, so a redelivery changes nothing. A poll's
 * records are applied in one transaction.
 *
 * <p>An event that can never be processed is an {@link UnprocessableEventException} (to the dead-letter topic, with
 * the reason, counted); it is never read as a version it is not. Any other failure is retried first
 * ({@link ConsumerRetry}), each attempt in a new transaction.
 */
@ApplicationScoped
public class MessageLog {

    private static final Logger LOG = Logger.getLogger(MessageLog.class);

    @Inject
    EntityManager em;
    @Inject
    ConsumerRetry retry;
    @Inject
    EventMetrics metrics;

    /**
     * Applies a batch of records (a Kafka poll, {@code batch=true} on the channel) in one transaction with their log
     * entries, and commits them together: one commit per batch, not per event. Each record's handler is picked by its
     * {@code ce_type}; {@code beforeCommit} runs last in the same transaction (a consumer that gathers what the events
     * touched writes it there once, e.g. each case once however many of its decisions came). A redelivered event is
     * skipped, so the order and the cut of the batches do not matter.
     *
     * <ul>
     *   <li>A record that can never be read (see {@link #decode}) is refused on its own: nacked to the channel's
     *   dead-letter topic with the reason, counted; the others are applied.</li>
     *   <li>A transient failure tries the whole batch again, each attempt in a new transaction, for as long as it
     *   lasts ({@link ConsumerRetry}); nothing is committed meanwhile, so order per key is kept.</li>
     *   <li>Any other failure of a batch of several splits it: each record is then applied alone, in a transaction
     *   of its own with its own tries ({@code sagsspor.consumer.retry.other-failure-attempts}, then the dead-letter
     *   topic), so one bad record goes to the dead-letter topic and the rest are applied.</li>
     * </ul>
     *
     * @return when every record is acknowledged (applied, skipped or dead-lettered)
     */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, ?> batch, List<EventHandler<?>> handlers,
                                         Runnable beforeCommit) {
        List<CompletionStage<Void>> refusals = new ArrayList<>();
        List<Decoded<?>> readable = new ArrayList<>();
        for (KafkaRecord<String, ?> record : batch.getRecords()) {
            ConsumerRecord<String, ?> consumed = consumerRecord(record);
            try {
                readable.add(decode(record, consumed, handlers));
            } catch (UnprocessableEventException refused) {
                refusals.add(refuse(record, label(consumed), refused));
            }
        }
        if (readable.size() == 1) {
            applyAlone(readable.get(0), beforeCommit, refusals);
        } else if (!readable.isEmpty()) {
            Decoded<?> first = readable.get(0);
            String label = readable.size() + " events from " + first.label();
            try {
                retry.untilDone(first.record().topic(), label, 1, () -> QuarkusTransaction.requiringNew().call(() -> {
                    Set<String> firstDeliveries = firstDeliveries(readable);
                    readable.stream().filter(one -> firstDeliveries.remove(one.eventId())).forEach(this::apply);
                    beforeCommit.run();
                    return null;
                }));
            } catch (UnprocessableEventException batchFailed) {
                LOG.warnf("%s on %s failed as a batch, applying them one at a time: %s", label,
                        first.record().topic(), batchFailed.getMessage());
                readable.forEach(one -> applyAlone(one, beforeCommit, refusals));
            }
        }
        // The poll's last record per partition acknowledged: its offset is committed, the dead-lettered ones included.
        refusals.add(batch.ack());
        return CompletableFuture.allOf(refusals.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /** One record in a transaction of its own, tried while the failure is transient; dead-lettered when it fails so. */
    private void applyAlone(Decoded<?> one, Runnable beforeCommit, List<CompletionStage<Void>> refusals) {
        try {
            retry.untilDone(one.record().topic(), one.label(), () -> QuarkusTransaction.requiringNew().call(() -> {
                applyOnce(one);
                beforeCommit.run();
                return null;
            }));
        } catch (UnprocessableEventException refused) {
            refusals.add(refuse(one.kafkaRecord(), one.label(), refused));
        }
    }

    private CompletionStage<Void> refuse(KafkaRecord<String, ?> record, String label,
                                         UnprocessableEventException refused) {
        String topic = record.getTopic();
        metrics.deadLettered(topic);
        LOG.warnf("%s on %s cannot be processed, to the dead-letter topic: %s", label, topic, refused.getMessage());
        // The channel's failure strategy (dead-letter-queue) sends it with the message as dead-letter-reason.
        return record.nack(refused);
    }

    /** A record that can be applied: its handler, event id and payload, read before any transaction. */
    private record Decoded<T>(KafkaRecord<String, ?> kafkaRecord, ConsumerRecord<String, ?> record,
                              EventHandler<T> handler, String eventId, T payload) {

        String label() {
            return MessageLog.label(record);
        }
    }

    /**
     * Reads a record without applying it: the handler for its {@code ce_type} (an unknown type is refused), its
     * payload's {@code schemaVersion} (another version is refused, never read as the one it is not), its event id
     * ({@code ce_id}, else the payload's {@code eventId}) and its payload as the handler's record.
     */
    private static Decoded<?> decode(KafkaRecord<String, ?> kafkaRecord, ConsumerRecord<String, ?> record,
                                     List<EventHandler<?>> handlers) {
        String type = header(record, CloudEventHeaders.TYPE);
        EventHandler<?> handler = handlers.stream().filter(h -> h.type().equals(type)).findFirst()
                .orElseThrow(() -> new UnprocessableEventException("unknown ce_type " + type + " on topic "
                        + record.topic() + "; this consumer reads " + handlers.stream().map(EventHandler::type).toList()));
        return decode(kafkaRecord, record, handler);
    }

    private static <T> Decoded<T> decode(KafkaRecord<String, ?> kafkaRecord,
                                         ConsumerRecord<String, ?> record, EventHandler<T> handler) {
        if (record.value() == null) {
            throw new UnprocessableEventException("empty record (no value) on topic " + record.topic());
        }
        Value value = new Value(record.topic(), record.value());
        EventJson.PayloadHead head = unreadableRefused(value::head);
        if (head.schemaVersion().asInt(-1) != handler.schemaVersion()) {
            throw new UnprocessableEventException("unsupported schemaVersion " + head.schemaVersion()
                    + " for " + handler.type() + "; this consumer reads version " + handler.schemaVersion());
        }
        String eventId = header(record, CloudEventHeaders.ID);
        if (eventId == null) {
            eventId = head.eventId();
        }
        if (eventId == null || eventId.isBlank()) {
            throw new UnprocessableEventException("no event id: neither a ce_id header nor an eventId field");
        }
        T payload = unreadableRefused(() -> value.read(handler.payloadType()));
        if (payload instanceof VersionedPayload read && (read.schemaVersion() != handler.schemaVersion()
                || head.eventId() != null && !head.eventId().equals(read.eventId()))) {
            // The head read the first of a field given twice, the record the last: neither can be trusted.
            throw new UnprocessableEventException("the payload gives schemaVersion or eventId twice, with different "
                    + "values (schemaVersion " + head.schemaVersion() + " then " + read.schemaVersion() + ", eventId "
                    + head.eventId() + " then " + read.eventId() + ")");
        }
        return new Decoded<>(kafkaRecord, record, handler, eventId, payload);
    }

    /**
     * Logs the event and applies it, within the caller's transaction, unless it was applied before. The record's
     * trace is in the MDC meanwhile: in every log line written, and on the events the change writes to the outbox.
     */
    private <T> void applyOnce(Decoded<T> decoded) {
        if (firstDelivery(decoded.eventId(), decoded.handler().type())) {
            apply(decoded);
        }
    }

    /** Applies the event, its record's trace in the MDC meanwhile; whether it was applied before is asked first. */
    private <T> void apply(Decoded<T> decoded) {
        String traceparent = Traceparent.continueOrStart(header(decoded.record(), Traceparent.HEADER));
        MDC.put(Traceparent.MDC_TRACEPARENT, traceparent);
        MDC.put(Traceparent.MDC_TRACE_ID, Traceparent.traceId(traceparent));
        try {
            decoded.handler().apply().accept(decoded.payload());
            forgetManagedEntities();
        } finally {
            MDC.remove(Traceparent.MDC_TRACEPARENT);
            MDC.remove(Traceparent.MDC_TRACE_ID);
        }
    }

    /**
     * Writes what the event changed and lets go of its entities. Before every query Hibernate dirty-checks each entity
     * the transaction manages; in a batch of hundreds of events that made applying a batch quadratic in its size. A
     * handler therefore keeps no entity from one event to the next (what it gathers for {@code beforeCommit} are keys).
     */
    public void forgetManagedEntities() {
        em.flush();
        em.clear();
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, ?> consumerRecord(KafkaRecord<String, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> (ConsumerRecord<String, ?>) m.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record from Kafka: " + record));
    }

    private static String label(ConsumerRecord<String, ?> record) {
        return "Event " + header(record, CloudEventHeaders.ID) + " (offset " + record.partition() + "/"
                + record.offset() + ")";
    }

    /**
     * Logs the event as processed, within the caller's transaction.
     *
     * @return true the first time this event id is seen
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String eventType) {
        return em.createNativeQuery("insert into message_log (event_id, event_type, processed_at) "
                        + "values (:id, :type, now()) on conflict (event_id) do nothing")
                .setParameter("id", eventId).setParameter("type", eventType).executeUpdate() == 1;
    }

    /** A line of {@code message_log} as {@link #firstDeliveries} sends it. */
    private record LogEntry(String id, String type) {
    }

    /**
     * {@link #firstDelivery} for a batch, in one statement: the event ids logged now, those never seen before (an id
     * twice in the batch is in it once). One round trip per event was a tenth of a consumer's statements.
     */
    private Set<String> firstDeliveries(List<Decoded<?>> batch) {
        List<LogEntry> entries = batch.stream().map(d -> new LogEntry(d.eventId(), d.handler().type())).toList();
        @SuppressWarnings("unchecked")
        List<String> logged = em.createNativeQuery("""
                        insert into message_log (event_id, event_type, processed_at)
                        select r.id, r.type, now() from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r(id text, type text)
                        on conflict (event_id) do nothing
                        returning event_id""")
                .setParameter("rows", EventJson.writeUtf8(entries)).getResultList();
        return new HashSet<>(logged);
    }

    /**
     * A record's value as its channel delivers it: text (StringDeserializer) or the bytes it came as
     * (ByteArrayDeserializer: a consumer that needs a few fields of a large payload skips the rest undecoded).
     */
    private record Value(String topic, Object content) {

        Value {
            if (!(content instanceof String || content instanceof byte[])) {
                throw new IllegalStateException("the channel of topic " + topic + " delivers "
                        + content.getClass().getName() + " values; MessageLog reads String or byte[] "
                        + "(its value.deserializer)");
            }
        }

        EventJson.PayloadHead head() {
            return content instanceof byte[] bytes ? EventJson.head(bytes) : EventJson.head((String) content);
        }

        <T> T read(Class<T> type) {
            return content instanceof byte[] bytes ? EventJson.read(bytes, type)
                    : EventJson.read((String) content, type);
        }
    }

    /** JSON that cannot be read is an event that can never be processed. */
    private static <T> T unreadableRefused(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (EventJson.UnreadableJsonException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
