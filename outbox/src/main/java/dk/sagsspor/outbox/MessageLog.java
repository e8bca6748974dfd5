package dk.sagsspor.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Traceparent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The consumer side of the outbox: every consumed event goes through here. {@link #consume} checks the event's type
 * and schema version, reads its payload, and applies it at most once: the event id is logged in table
 * {@code message_log} in the same transaction as the change it causes, so a redelivery changes nothing.
 *
 * <p>An event that can never be processed throws {@link UnprocessableEventException} (to the dead-letter topic, with
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
     * Applies one record with the handler for its {@code ce_type}, in one transaction with the log entry; tries again
     * while the failure is transient, so the record keeps its place.
     *
     * @return false when the event was applied before (a redelivery)
     * @throws UnprocessableEventException for the channel's dead-letter topic
     */
    public boolean consume(ConsumerRecord<String, String> record, List<EventHandler<?>> handlers) {
        String label = "Event " + header(record, CloudEventHeaders.ID) + " (offset " + record.partition() + "/"
                + record.offset() + ")";
        // The trace of the request that caused the event: in every log line written while it is applied, and on
        // the events the change writes to the outbox in turn.
        String traceparent = Traceparent.continueOrStart(header(record, Traceparent.HEADER));
        MDC.put(Traceparent.MDC_TRACEPARENT, traceparent);
        MDC.put(Traceparent.MDC_TRACE_ID, Traceparent.traceId(traceparent));
        try {
            return retry.untilDone(record.topic(), label,
                    () -> QuarkusTransaction.requiringNew().call(() -> consumeOnce(record, handlers)));
        } catch (UnprocessableEventException refused) {
            metrics.deadLettered(record.topic());
            LOG.warnf("%s on %s cannot be processed, to the dead-letter topic: %s", label, record.topic(),
                    refused.getMessage());
            throw refused;
        } finally {
            MDC.remove(Traceparent.MDC_TRACEPARENT);
            MDC.remove(Traceparent.MDC_TRACE_ID);
        }
    }

    private boolean consumeOnce(ConsumerRecord<String, String> record, List<EventHandler<?>> handlers) {
        String type = header(record, CloudEventHeaders.TYPE);
        EventHandler<?> handler = handlers.stream().filter(h -> h.type().equals(type)).findFirst()
                .orElseThrow(() -> new UnprocessableEventException("unknown ce_type " + type + " on topic "
                        + record.topic() + "; this consumer reads " + handlers.stream().map(EventHandler::type).toList()));
        return apply(record, handler);
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

    private <T> boolean apply(ConsumerRecord<String, String> record, EventHandler<T> handler) {
        JsonNode json = readJson(record);
        int version = json.path("schemaVersion").asInt(-1);
        if (version != handler.schemaVersion()) {
            throw new UnprocessableEventException("unsupported schemaVersion " + json.path("schemaVersion")
                    + " for " + handler.type() + "; this consumer reads version " + handler.schemaVersion());
        }
        String eventId = header(record, CloudEventHeaders.ID);
        if (eventId == null) {
            eventId = json.path("eventId").asText(null);
        }
        if (eventId == null || eventId.isBlank()) {
            throw new UnprocessableEventException("no event id: neither a ce_id header nor an eventId field");
        }
        T payload = convert(json, handler);
        if (!firstDelivery(eventId, handler.type())) {
            return false;
        }
        handler.apply().accept(payload);
        return true;
    }

    private static JsonNode readJson(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new UnprocessableEventException("empty record (no value) on topic " + record.topic());
        }
        try {
            JsonNode json = EventJson.tree(record.value());
            if (!json.isObject()) {
                throw new UnprocessableEventException("payload is not a JSON object");
            }
            return json;
        } catch (EventJson.UnreadableJsonException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }

    private static <T> T convert(JsonNode json, EventHandler<T> handler) {
        try {
            return EventJson.convert(json, handler.payloadType());
        } catch (EventJson.UnreadableJsonException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
