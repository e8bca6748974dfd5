package dk.sagsspor.cases.domain;

import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.HistoryStepV1;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one agenda item of one meeting version says about a case: its title and planned route then, and the steps
 * it tells of (the item's own decision and its "Sagens forløb").
 */
public record CaseStatement(String caseNumber, String meetingId, int meetingVersion, int revision, LocalDate meetingDate,
                            String documentId, int itemNumber, String title, List<String> plannedRoute,
                            List<Evidence> evidence) {

    public CaseStatement {
        plannedRoute = plannedRoute == null ? List.of() : List.copyOf(plannedRoute);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Events from before revisions existed carry none (0): their meeting version ordered them then. */
    public static int revisionOf(AgendaItemDecidedV1 event) {
        return event.revision() > 0 ? event.revision() : event.meetingVersion();
    }

    public static CaseStatement of(AgendaItemDecidedV1 event) {
        String meetingId = event.meeting().id();
        LocalDate meetingDate = event.meeting().date();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(meetingDate, event.meeting().body().id(), event.meeting().body().name(),
                event.decisionText(), event.outcome(), event.absentees(), SourceKind.AGENDA_ITEM, meetingId,
                meetingDate, event.documentId(), event.itemNumber()));
        for (HistoryStepV1 step : event.history()) {
            evidence.add(new Evidence(step.date(), step.body().id(), step.body().name(), step.decisionText(),
                    step.outcome(), step.absentees(), SourceKind.CASE_HISTORY, meetingId, meetingDate,
                    event.documentId(), event.itemNumber()));
        }
        return new CaseStatement(event.caseNumber(), meetingId, event.meetingVersion(), revisionOf(event), meetingDate,
                event.documentId(), event.itemNumber(), event.itemTitle(), event.plannedRoute(), evidence);
    }
}
