package dk.sagsspor.outbox;

import dk.sagsspor.events.Traceparent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/**
 * A consumer built as the services build theirs: every record through the message log, one handler per type. Its
 * handler fails on purpose for some notes: {@value #SERIALIZATION_FAILURE} the first {@value #FAILING_ATTEMPTS}
 * attempts as PostgreSQL does when transactions collide, {@value #BUG} always, as a bug would. It waits at most
 * {@value #LOCK_TIMEOUT} for a lock, so a row locked elsewhere fails it with a real lock timeout.
 */
@ApplicationScoped
public class ProbeConsumer {

    static final String SERIALIZATION_FAILURE = "serialization failure";
    static final String BUG = "bug";
    static final int FAILING_ATTEMPTS = 3;
    static final String LOCK_TIMEOUT = "200ms";

    private final MessageLog log;
    private final List<EventHandler<?>> handlers;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    ProbeConsumer(MessageLog log, EntityManager em) {
        this.log = log;
        this.handlers = List.of(new EventHandler<>(ProbeEvent.TYPE, ProbeEvent.class, ProbeEvent.SCHEMA_VERSION,
                probe -> {
                    failOnPurpose(probe);
                    em.createNativeQuery("set local lock_timeout = '" + LOCK_TIMEOUT + "'").executeUpdate();
                    Object traceId = MDC.get(Traceparent.MDC_TRACE_ID);
                    em.createNativeQuery("insert into probe_applied (event_id, note, trace_id) values (:id, :note, :trace)")
                            .setParameter("id", probe.eventId()).setParameter("note", probe.note())
                            .setParameter("trace", traceId == null ? null : traceId.toString()).executeUpdate();
                }));
    }

    private void failOnPurpose(ProbeEvent probe) {
        int attempt = attempts.merge(probe.eventId(), 1, Integer::sum);
        if (SERIALIZATION_FAILURE.equals(probe.note()) && attempt <= FAILING_ATTEMPTS) {
            throw new PersistenceException("could not execute statement",
                    new SQLException("could not serialize access due to concurrent update", "40001"));
        }
        if (BUG.equals(probe.note())) {
            throw new IllegalStateException("a bug in the handler, attempt " + attempt);
        }
    }

    /** How often the handler was called for an event (failed attempts included). */
    int attempts(String eventId) {
        return attempts.getOrDefault(eventId, 0);
    }

    @Incoming("probe")
    @Blocking
    public CompletionStage<Void> onProbe(KafkaRecordBatch<String, String> records) {
        return log.consume(records, handlers, () -> { });
    }
}
