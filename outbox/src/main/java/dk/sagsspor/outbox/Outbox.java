package dk.sagsspor.outbox;

import dk.sagsspor.events.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox: {@link #enqueue} writes an event into {@code outbox_event} within the caller's transaction,
 * so the event exists exactly when the change that caused it was committed. {@link OutboxRelay} sends it on.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final OutboxConfig config;
    /**
     * Its own mapper, not the application's: event payloads keep the offsets they carry ("+01:00"), whatever time
     * zone the service's JSON settings would adjust dates to.
     */
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    Outbox(OutboxRepository repository, OutboxConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(EventEnvelope event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.eventId();
        row.topic = event.topic();
        row.messageKey = event.key();
        row.eventType = event.type();
        row.source = config.source();
        row.subject = event.subject();
        row.occurredAt = event.occurredAt();
        row.payload = toJson(event.payload());
        repository.persist(row);
    }

    public long countUnpublished() {
        return repository.countUnpublished();
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + payload.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
