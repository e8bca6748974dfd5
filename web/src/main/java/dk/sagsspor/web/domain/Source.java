package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;

/**
 * Where a step is written: a meeting's agenda item, or another document's history of the case.
 *
 * @param fromHistory true when the step is known from a later document's "Sagens forløb", not its own minutes
 * @param documentUrl the source document at ingest-service, as the reader's browser reaches it
 */
@TemplateData
public record Source(String meetingId, int itemNumber, boolean fromHistory, String documentUrl) {
}
