package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.domain.Document;

/** What happened to a posted document. */
public record IngestOutcome(Result result, Document document, int items, int eventsQueued) {

    public enum Result {
        /** New minutes: stored, events queued. */
        CREATED,
        /** The same content was accepted before: nothing new. */
        DUPLICATE,
        /** The same content as a withdrawn document: it counts again. */
        REINSTATED,
        /** Not minutes (or not a type we read): stored as REJECTED with the reason. */
        REJECTED
    }
}
