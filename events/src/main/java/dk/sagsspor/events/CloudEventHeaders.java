package dk.sagsspor.events;

/**
 * Kafka header names for CloudEvents 1.0 in binary content mode: the payload is the plain JSON
 * record, the event attributes travel as {@code ce_*} headers.
 */
public final class CloudEventHeaders {
    /** Same value as the payload's {@code eventId}; deterministic, see {@link EventIds}. */
    public static final String ID = "ce_id";
    /** One of {@link EventTypes}. */
    public static final String TYPE = "ce_type";
    /** The producing service, e.g. {@code /sagsspor/ingest-service}. */
    public static final String SOURCE = "ce_source";
    /** The Kafka key (meeting id or case number). */
    public static final String SUBJECT = "ce_subject";
    /** ISO-8601 date-time with offset. */
    public static final String TIME = "ce_time";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SPECVERSION_VALUE = "1.0";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CONTENT_TYPE_JSON = "application/json";

    private CloudEventHeaders() {
    }
}
