package dk.sagsspor.minutes;

import java.util.List;

/**
 * One agenda item ("Punkt N") with everything the minutes say about it.
 *
 * @param number       the item number
 * @param title        the full title from the item heading (not the table of contents, which cuts titles off)
 * @param timeSlot     for time-slotted agendas (network meetings), e.g. {@code 10:00-10:10}; null otherwise
 * @param caseNumber   {@code YY-NNNNNN}, null on procedural items
 * @param decisionText the decision verbatim, all its paragraphs; null when the minutes give none
 * @param outcome      what the decision means
 * @param absentees    members named in an {@code Afbud:} line under the decision
 * @param plannedRoute body ids from "Behandling", in order
 * @param history      the "Sagens forløb" steps, in document order
 * @param attachments  the "Bilag" lines
 * @param sourceLines  where the item stands in the decoded source text
 */
public record AgendaItem(
        int number,
        String title,
        String timeSlot,
        String caseNumber,
        String decisionText,
        Outcome outcome,
        List<String> absentees,
        Sections sections,
        List<String> plannedRoute,
        List<HistoryStep> history,
        List<String> attachments,
        SourceLines sourceLines) {

    public AgendaItem {
        absentees = List.copyOf(absentees);
        plannedRoute = List.copyOf(plannedRoute);
        history = List.copyOf(history);
        attachments = List.copyOf(attachments);
    }
}
