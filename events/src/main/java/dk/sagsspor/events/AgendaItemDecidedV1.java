package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A body treated a case: one event per agenda item that carries a case number.
 * Topic {@link Topics#AGENDA_ITEM_DECIDED}, Kafka key = {@code caseNumber}.
 *
 * @param revision     the meeting's revision (see {@link MeetingPublishedV1#revision()}); what a meeting says about
 *                     a case at a higher revision replaces what it said at a lower one
 * @param plannedRoute body ids from "Behandling", in order
 * @param history      the steps under "Sagens forløb"
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgendaItemDecidedV1(
        String eventId,
        int schemaVersion,
        MeetingRef meeting,
        int meetingVersion,
        int revision,
        String documentId,
        int itemNumber,
        String itemTitle,
        String caseNumber,
        String decisionText,
        String outcome,
        List<String> absentees,
        List<String> plannedRoute,
        List<HistoryStepV1> history,
        List<String> attachments,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime publishedAt) implements VersionedPayload {

    public static final int SCHEMA_VERSION = 1;

    public AgendaItemDecidedV1 {
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
        plannedRoute = plannedRoute == null ? List.of() : List.copyOf(plannedRoute);
        history = history == null ? List.of() : List.copyOf(history);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
