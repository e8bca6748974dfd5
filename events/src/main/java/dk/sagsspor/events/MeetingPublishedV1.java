package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A minutes document was ingested: the whole parsed meeting, one event per document version.
 * Topic {@link Topics#MEETING_PUBLISHED}, Kafka key = {@code meetingId}.
 *
 * @param meetingVersion       1 for the first document of a meeting (body + date), +1 each time
 *                             the same meeting arrives again in another file
 * @param revision             grows with every change of the meeting: a new version, a withdrawal, a
 *                             reinstatement. A consumer keeps what the highest revision says; a version that
 *                             becomes current again after a withdrawal is published again with a new revision
 * @param supersedesDocumentId the previous version's document id, null for version 1
 * @param attendeePersons      the attendees with their person ids (same order as {@code attendees})
 * @param absenteePersons      the absentees with their person ids (same order as {@code absentees})
 * @param status               {@code FINAL} or {@code DRAFT}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingPublishedV1(
        String eventId,
        int schemaVersion,
        String meetingId,
        int meetingVersion,
        int revision,
        String supersedesDocumentId,
        String documentId,
        String documentSha256,
        BodyRef body,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime startsAt,
        String location,
        String status,
        List<String> attendees,
        List<String> absentees,
        List<PersonRef> attendeePersons,
        List<PersonRef> absenteePersons,
        List<MeetingItemV1> items,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime publishedAt) implements VersionedPayload {

    public static final int SCHEMA_VERSION = 1;

    /**
     * The same payload read without its agenda and attendance, for a consumer that only needs to know of the meeting
     * (cases-service links a step to it): the parser skips the rest instead of reading it into records, which for a
     * whole agenda was most of that consumer's work. The same schema, so the same version.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Heading(
            String eventId,
            int schemaVersion,
            String meetingId,
            int revision,
            BodyRef body,
            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime startsAt)
            implements VersionedPayload {
    }

    public MeetingPublishedV1 {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
        attendeePersons = attendeePersons == null ? List.of() : List.copyOf(attendeePersons);
        absenteePersons = absenteePersons == null ? List.of() : List.copyOf(absenteePersons);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
