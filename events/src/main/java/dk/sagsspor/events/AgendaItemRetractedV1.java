package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A meeting no longer says anything about a case: the version of its minutes that did was corrected by one that does
 * not mention the case, or withdrawn. Consumers drop what that meeting said about the case at any revision below this
 * one. Topic {@link Topics#AGENDA_ITEM_DECIDED}, Kafka key = {@code caseNumber}, so it stays in order with that case's
 * decisions.
 *
 * @param revision    the meeting's revision (see {@link MeetingPublishedV1#revision()}) at which it stopped saying it
 * @param documentId  the document whose statements are retracted
 * @param reason      {@code CORRECTED} (a newer version dropped the case) or {@code WITHDRAWN}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgendaItemRetractedV1(
        String eventId,
        int schemaVersion,
        String caseNumber,
        MeetingRef meeting,
        int revision,
        String documentId,
        String reason,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime publishedAt) implements VersionedPayload {

    public static final int SCHEMA_VERSION = 1;
    public static final String CORRECTED = "CORRECTED";
    public static final String WITHDRAWN = "WITHDRAWN";
}
