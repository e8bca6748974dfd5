package dk.sagsspor.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka header names for CloudEvents 1.0 in binary content mode: the payload is the plain JSON
 * record, the event attributes travel as {@code ce_*} headers.
 */
public final class CloudEventHeaders {
    /** Same value as the payload's {@code eventId}; deterministic, see {@link EventIds}. */
    public static final String ID = "ce_id";
    /** One of {@link EventTypes}. */
    public static final String TYPE = "ce_type";
    /** The producing service, e.g. {@code urn:sagsspor:ingest-service} (setting {@code sagsspor.outbox.source}). */
    public static final String SOURCE = "ce_source";
    /** The Kafka key (meeting id or case number). */
    public static final String SUBJECT = "ce_subject";
    /** RFC 3339 date-time, always with seconds (a reader such as SmallRye's CloudEvents support requires them). */
    public static final String TIME = "ce_time";
    /** CloudEvents sequence extension: the producer's publish order, a growing integer as text (the SSE id). */
    public static final String SEQUENCE = "ce_sequence";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SPECVERSION_VALUE = "1.0";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CONTENT_TYPE_JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** Every header of one event, in the order they are written; {@code subject} may be null (then left out). */
    public static Map<String, String> of(String id, String type, String source, String subject, OffsetDateTime time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, id);
        headers.put(SPECVERSION, SPECVERSION_VALUE);
        headers.put(TYPE, type);
        headers.put(SOURCE, source);
        if (subject != null) {
            headers.put(SUBJECT, subject);
        }
        headers.put(TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        headers.put(CONTENT_TYPE, CONTENT_TYPE_JSON);
        return headers;
    }
}
