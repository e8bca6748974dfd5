package dk.sagsspor.ingest.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.events.EventJson;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/** A received document: its raw bytes, what it was found to be, and where its meeting stands. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    public UUID id;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    public String filename;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** The raw bytes, loaded only when asked for: listings never need them. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    public String reason;

    /** MINUTES or DRAFT_MINUTES for an accepted document. */
    public String kind;

    /**
     * The parser's result as JSON, written with {@link EventJson}; null for a rejected document. The column is text;
     * this is its UTF-8 bytes, bound as bytes and kept as text by PostgreSQL ({@code convert_from}), read as the bytes
     * the connection's UTF-8 sends: a whole document's JSON is never built as a String and encoded again
     * ({@link EventJson#writeUtf8}).
     */
    @Column(name = "parse_result")
    @ColumnTransformer(write = "convert_from(?, 'UTF8')")
    @Mutability(Immutability.class) // replaced, never changed in place: no copy for Hibernate's snapshot, no deep compare
    public byte[] parseResult;

    /** {@link #parseResult} as read (or stored) once: a new document's events are made from it in the same request. */
    @Transient
    private ParseResult parsed;

    @Column(name = "meeting_id")
    public String meetingId;

    @Column(name = "meeting_version")
    public Integer meetingVersion;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** When it last changed: received, withdrawn, reinstated. For sync ({@code modifiedSince}). */
    @Column(name = "modified_at", nullable = false)
    public OffsetDateTime modifiedAt;

    /** Who sent it: the subject of the bearer token its POST carried (null for documents from before tokens). */
    @Column(name = "received_by")
    public String receivedBy;

    /** Who withdrew it: the subject of the bearer token its DELETE carried; null unless WITHDRAWN. */
    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** The parse result, as the parser gave it; null for a rejected document. */
    public ParseResult parsed() {
        if (parsed == null && parseResult != null) {
            parsed = EventJson.read(parseResult, ParseResult.class);
        }
        return parsed;
    }

    /** Stores the parse result; {@link #parsed()} then answers it without reading the JSON back. */
    public void parsedAs(ParseResult result) {
        parseResult = EventJson.writeUtf8(result);
        parsed = result;
    }

    /** The parse result as a tree, read with the one mapper of stored JSON; null for a rejected document. */
    public JsonNode parseResultTree() {
        return parseResult == null ? null : EventJson.tree(parseResult);
    }
}
