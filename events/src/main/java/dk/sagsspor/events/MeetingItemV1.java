package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One agenda item of a published meeting.
 *
 * @param timeSlot     e.g. {@code 09:30-10:15} for time-slotted agendas, else null
 * @param caseNumber   {@code YY-NNNNNN}, null on procedural items
 * @param plannedRoute body ids from "Behandling", in order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingItemV1(
        int number,
        String title,
        String timeSlot,
        String caseNumber,
        String decisionText,
        String outcome,
        List<String> absentees,
        SectionsV1 sections,
        List<String> plannedRoute,
        List<HistoryStepV1> history,
        List<String> attachments) {

    public MeetingItemV1 {
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
        plannedRoute = plannedRoute == null ? List.of() : List.copyOf(plannedRoute);
        history = history == null ? List.of() : List.copyOf(history);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
