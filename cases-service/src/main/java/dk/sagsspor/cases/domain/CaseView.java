package dk.sagsspor.cases.domain;

import java.time.LocalDate;
import java.util.List;

/** A case's whole story across bodies, as far as the documents tell it. */
public record CaseView(String caseNumber, String title, List<TitlePeriod> titles, CaseStatus status,
                       List<Committee> plannedRoute, Committee nextCommittee, List<Committee> pending,
                       LocalDate lastActivity, List<Step> steps) {

    /** A title the case carried, and the meetings between which it carried it. */
    public record TitlePeriod(String title, LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** One step: a body acting on the case on a day, with every document that tells of it. */
    public record Step(LocalDate date, Committee committee, String decisionText, String outcome,
                       List<String> absentees, boolean conflict, boolean unplanned, List<StepSource> sources) {
    }

    /** Where a step is written, and what that document says was decided. */
    public record StepSource(String documentId, String meetingId, int itemNumber, SourceKind kind, String decisionText) {
    }

    /** The step of a body on a day, if any. */
    public java.util.Optional<Step> step(LocalDate date, String committeeId) {
        return steps.stream().filter(s -> s.date().equals(date) && s.committee().id().equals(committeeId)).findFirst();
    }
}
