package dk.sagsspor.cases.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's whole story across bodies, as far as the documents tell it; what {@code GET /cases/{n}} answers and what
 * case-updated carries.
 *
 * @param revision   grows by one with each change of the case (0 until stored)
 * @param modifiedAt when it last changed (null until stored)
 */
public record CaseView(String caseNumber, String title, List<TitlePeriod> titles, CaseStatus status,
                       List<Committee> plannedRoute, Committee nextCommittee, List<Committee> pending,
                       LocalDate lastActivity, List<Step> steps, long revision, OffsetDateTime modifiedAt) {

    /** The timeline as computed, before it is stored. */
    public CaseView(String caseNumber, String title, List<TitlePeriod> titles, CaseStatus status,
                    List<Committee> plannedRoute, Committee nextCommittee, List<Committee> pending,
                    LocalDate lastActivity, List<Step> steps) {
        this(caseNumber, title, titles, status, plannedRoute, nextCommittee, pending, lastActivity, steps, 0, null);
    }

    /** The same timeline as stored: its revision and when it was made. */
    public CaseView stored(long newRevision, OffsetDateTime at) {
        return new CaseView(caseNumber, title, titles, status, plannedRoute, nextCommittee, pending, lastActivity,
                steps, newRevision, at);
    }

    /** Whether two views tell the same story, whatever their revisions. */
    public boolean sameTimeline(CaseView other) {
        return other != null && stored(0, null).equals(other.stored(0, null));
    }

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
