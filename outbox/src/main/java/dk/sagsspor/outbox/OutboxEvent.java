package dk.sagsspor.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;

/**
 * A row of {@code outbox_event}: an event written by {@link Outbox#enqueue} in the same transaction as the change that
 * caused it (a stored document, a recomputed case), so the two are atomic. {@code seq} orders the relay;
 * {@link OutboxPublisher} marks the row published once Kafka has acknowledged it, or counts the failed attempt and
 * keeps the last error, or sets it aside when it can never be sent. Published rows stay, as a record of what was sent.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    /** The payload's JSON as written (text, not jsonb: see {@link Outbox#enqueueTraced}). */
    @Column(nullable = false)
    public String payload;

    /**
     * The payload as the relay reads it: its UTF-8 bytes as the database sends them, which is what Kafka carries, so
     * the relay neither decodes them into a string nor encodes that again (issue 13). Null in an entity Hibernate
     * loaded; the relay's events have this instead of {@link #payload}.
     */
    @Transient
    public byte[] payloadUtf8;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The order the relay sent it in (header {@code ce_sequence}); set when it is sent. */
    @Column(name = "published_seq")
    public Long publishedSeq;

    /** The W3C traceparent of what caused the event, if it came with one; sent as the Kafka header traceparent. */
    public String traceparent;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** When the relay gave up on it (it can never be sent); the relay skips it from then on. */
    @Column(name = "set_aside_at")
    public OffsetDateTime setAsideAt;

    @Column(name = "set_aside_reason")
    public String setAsideReason;

    /** When it was written (the database's clock). */
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
