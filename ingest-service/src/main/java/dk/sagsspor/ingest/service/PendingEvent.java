package dk.sagsspor.ingest.service;

import java.time.OffsetDateTime;

/** An event ready for the outbox: where it goes, its CloudEvents attributes, and its payload record. */
public record PendingEvent(String topic, String key, String eventId, String type, String subject,
                           OffsetDateTime occurredAt, Object payload) {
}
