package dk.sagsspor.events;

import java.time.OffsetDateTime;

/**
 * An event with its envelope: the topic and key it goes to, its CloudEvents attributes ({@code ce_id}, {@code ce_type},
 * {@code ce_subject}, {@code ce_time}) and its payload record.
 */
public record EventEnvelope(String topic, String key, String eventId, String type, String subject,
                           OffsetDateTime occurredAt, Object payload) {
}
