package dk.sagsspor.outbox;

import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Traceparent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.MDC;

/**
 * The transactional outbox: {@link #enqueue} writes an event into {@code outbox_event} within the caller's transaction,
 * so the event exists exactly when the change that caused it was committed. {@link OutboxRelay} sends it on.
 */
@ApplicationScoped
public class Outbox {

    /** Rows a multi-row statement sends at most (see where it is used). */
    private static final int ROWS_PER_STATEMENT = 100;

    @Inject
    OutboxRepository repository;
    @Inject
    OutboxConfig config;
    @Inject
    EntityManager em;

    /** An event to enqueue with the trace of what caused it (null: none). */
    public record Traced(EventEnvelope event, String traceparent) {
    }

    /** A row as {@link #enqueueTraced} sends it, the payload as a JSON value; {@code n} keeps the given order. */
    private record Row(long n, String eventId, String topic, String messageKey, String eventType, String source,
                       String subject, OffsetDateTime occurredAt, Object payload, String traceparent) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(EventEnvelope event) {
        enqueueAll(List.of(event));
    }

    /** {@link #enqueueTraced} with the trace of what is being handled now for each (its filter or MessageLog put it in the MDC). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(List<EventEnvelope> events) {
        Object traceparent = MDC.get(Traceparent.MDC_TRACEPARENT);
        enqueueTraced(events.stream().map(e -> new Traced(e, traceparent == null ? null : traceparent.toString()))
                .toList());
    }

    /**
     * Writes the events into {@code outbox_event} in one statement, in the given order (the relay sends by {@code seq},
     * and one insert numbers its rows in the order it writes them), each with the trace of what caused it. The key is
     * an identity column, so rows persisted one by one each cost a round trip to the database: a document's half a
     * dozen events, or a consumer's batch of hundreds of changes, in one statement instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueTraced(List<Traced> events) {
        if (events.isEmpty()) {
            return;
        }
        // A hundred a statement, in order: a consumer's batch of 500 whole cases as one JSON text, with the driver's
        // copy of it, was tens of MB in a heap of 96.
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            insert(events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private void insert(List<Traced> events) {
        List<Row> rows = new ArrayList<>(events.size());
        for (Traced traced : events) {
            EventEnvelope e = traced.event();
            rows.add(new Row(rows.size(), e.eventId(), e.topic(), e.key(), e.type(), config.source(), e.subject(),
                    e.occurredAt(), e.payload(), traced.traceparent()));
        }
        em.createNativeQuery("""
                        insert into outbox_event (event_id, topic, message_key, event_type, source, subject, occurred_at,
                                                  payload, traceparent)
                        select r."eventId", r.topic, r."messageKey", r."eventType", r.source, r.subject, r."occurredAt",
                               r.payload, r.traceparent
                        from jsonb_to_recordset(cast(:rows as jsonb)) as r(n bigint, "eventId" text, topic text,
                             "messageKey" text, "eventType" text, source text, subject text, "occurredAt" timestamptz,
                             payload jsonb, traceparent text)
                        order by r.n""")
                // EventJson, as enqueue: payloads keep the offsets they carry.
                .setParameter("rows", EventJson.write(rows)).executeUpdate();
    }

    /** The backlog: events written and not yet acknowledged by Kafka. Callable from any thread. */
    @Transactional
    public long countUnpublished() {
        return repository.countUnpublished();
    }
}
