package dk.sagsspor.outbox;

import dk.sagsspor.events.VersionedPayload;

/** The payload the outbox tests send and consume: a per-key sequence number, and a note the handler stores. */
public record ProbeEvent(String eventId, int schemaVersion, String key, int sequence, String note)
        implements VersionedPayload {

    static final String TYPE = "dk.sagsspor.test.probe.v1";
    static final int SCHEMA_VERSION = 1;
}
