package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A meeting is gone: the last version of its minutes was withdrawn. Consumers remove the meeting (it answers 410 Gone).
 * When an earlier version is left, no withdrawal is sent but a {@link MeetingPublishedV1} of that version with a
 * higher revision. Topic {@link Topics#MEETING_PUBLISHED}, Kafka key = {@code meeting.id}.
 *
 * @param revision   the meeting's revision after the withdrawal; higher than any it was published with
 * @param documentId the withdrawn document
 * @param reason     why, as given by whoever withdrew it; null when not given
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingWithdrawnV1(
        String eventId,
        int schemaVersion,
        MeetingRef meeting,
        int revision,
        String documentId,
        String reason,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime withdrawnAt) implements VersionedPayload {

    public static final int SCHEMA_VERSION = 1;
}
