package dk.sagsspor.events;

/**
 * What every event payload carries at its top level: its own id and the version of its schema. The consumers' message
 * log reads these two first ({@link EventJson#head}) and, once the payload is read as a record, checks the record says
 * the same: JSON may name a field twice, and the first and the last value could otherwise each be believed by one of
 * the two readings.
 */
public interface VersionedPayload {

    String eventId();

    int schemaVersion();
}
