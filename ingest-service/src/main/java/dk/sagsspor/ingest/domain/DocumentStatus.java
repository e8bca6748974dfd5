package dk.sagsspor.ingest.domain;

/** What became of a received document. Both kinds are kept, with their raw bytes. */
public enum DocumentStatus {
    /** Read as minutes; its events are in the outbox. */
    ACCEPTED,
    /** Not minutes, or of a type we do not read; the reason says why. */
    REJECTED,
    /** Taken back (DELETE): kept, but its meeting version no longer counts. Posting the same bytes reinstates it. */
    WITHDRAWN
}
