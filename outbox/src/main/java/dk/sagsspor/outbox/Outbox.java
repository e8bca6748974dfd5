package dk.sagsspor.outbox;

import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Traceparent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

/**
 * The transactional outbox: {@link #enqueue} writes an event into {@code outbox_event} within the caller's transaction,
 * so the event exists exactly when the change that caused it was committed. {@link OutboxRelay} sends it on.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository repository;
    @Inject
    OutboxConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(EventEnvelope event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.eventId();
        row.topic = event.topic();
        row.messageKey = event.key();
        row.eventType = event.type();
        row.source = config.source();
        row.subject = event.subject();
        // The trace of the request or event being handled (its filter or MessageLog put it in the MDC), if any.
        Object traceparent = MDC.get(Traceparent.MDC_TRACEPARENT);
        row.traceparent = traceparent == null ? null : traceparent.toString();
        row.occurredAt = event.occurredAt();
        // EventJson, not the application's mapper: payloads keep the offsets they carry ("+01:00").
        row.payload = EventJson.write(event.payload());
        repository.persist(row);
    }

    /** The backlog: events written and not yet acknowledged by Kafka. Callable from any thread. */
    @Transactional
    public long countUnpublished() {
        return repository.countUnpublished();
    }
}
