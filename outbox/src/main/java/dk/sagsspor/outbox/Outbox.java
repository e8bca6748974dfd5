package dk.sagsspor.outbox;

import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Traceparent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.MDC;

/**
 * The transactional outbox: {@link #enqueue} writes an event into {@code outbox_event} within the caller's transaction,
 * so the event exists exactly when the change that caused it was committed. {@link OutboxRelay} sends it on.
 */
@ApplicationScoped
public class Outbox {

    /** Rows a batch sends at most: a consumer's 500 whole cases at once were tens of MB in a heap of 96. */
    private static final int ROWS_PER_BATCH = 100;
    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, event_type, source, subject, occurred_at, payload,
                                      traceparent)
            values (?, ?, ?, ?, ?, ?, ?, convert_from(?, 'UTF8'), ?)""";

    @Inject
    OutboxRepository repository;
    @Inject
    OutboxConfig config;
    @Inject
    EntityManager em;

    /** An event to enqueue with the trace of what caused it (null: none). */
    public record Traced(EventEnvelope event, String traceparent) {
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
     * Writes the events into {@code outbox_event} in the given order (the relay sends by {@code seq}, numbered in the
     * order the rows are inserted), each with the trace of what caused it, as one JDBC batch: the key is an identity
     * column, so rows persisted one by one each cost a round trip to the database; a document's half a dozen events,
     * or a consumer's batch of hundreds of changes, go in one. The payload is its JSON text as {@link EventJson}
     * writes it (offsets kept), sent to Kafka as it is stored: kept as text, not jsonb, PostgreSQL neither parses it
     * on the way in nor prints it again on the way out (docs/performance.md). It travels as the UTF-8 bytes it was
     * written as ({@link EventJson#writeUtf8}), which PostgreSQL checks and keeps as text: no String of it is built
     * and encoded again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueTraced(List<Traced> events) {
        if (events.isEmpty()) {
            return;
        }
        String source = config.source();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    Traced traced = events.get(i);
                    EventEnvelope e = traced.event();
                    insert.setString(1, e.eventId());
                    insert.setString(2, e.topic());
                    insert.setString(3, e.key());
                    insert.setString(4, e.type());
                    insert.setString(5, source);
                    insert.setString(6, e.subject());
                    insert.setObject(7, e.occurredAt());
                    insert.setBytes(8, EventJson.writeUtf8(e.payload()));
                    insert.setString(9, traced.traceparent());
                    insert.addBatch();
                    if ((i + 1) % ROWS_PER_BATCH == 0 || i == events.size() - 1) {
                        insert.executeBatch();
                    }
                }
            }
        });
    }

    /** The backlog: events written and not yet acknowledged by Kafka. Callable from any thread. */
    @Transactional
    public long countUnpublished() {
        return repository.countUnpublished();
    }
}
