package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.domain.CaseView.TitlePeriod;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.cases.domain.SourceKind;
import dk.sagsspor.problems.ApiLinks.DocumentLink;
import dk.sagsspor.problems.ApiLinks.ItemLink;
import dk.sagsspor.problems.ApiLinks.MeetingLink;
import dk.sagsspor.problems.ApiLinks.PersonLink;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the cases API answers for a case: the timeline case-updated carries ({@link dk.sagsspor.cases.domain.CaseView}),
 * with every reference linked. The event keeps its own shape; only the API adds the links.
 */
public final class CaseViews {

    private CaseViews() {
    }

    /**
     * @param deleted true only in an export with modifiedSince, for a case no document speaks of any more (GET
     *                answers 410 Gone)
     */
    @Schema(name = "Case")
    public record Case(String caseNumber, String title, List<TitlePeriod> titles, CaseStatus status,
                       List<Committee> plannedRoute, @Schema(nullable = true) Committee nextCommittee,
                       List<Committee> pending, LocalDate lastActivity, List<Step> steps, long revision,
                       OffsetDateTime modifiedAt, boolean deleted, String href) {
    }

    /**
     * One step: a body acting on the case on a day.
     *
     * @param meeting the meeting it happened at: the body's own minutes' meeting, or for a step known from another
     *                document's history the meeting of that body on that date when this service has heard of it;
     *                else null
     */
    @Schema(name = "CaseStep")
    public record Step(LocalDate date, Committee committee, String decisionText, String outcome,
                       List<PersonLink> absentees, boolean conflict, boolean unplanned,
                       @Schema(nullable = true) MeetingLink meeting, List<Source> sources) {
    }

    /** Where a step is written: the document, its meeting and the agenda item (the ids stay for older clients). */
    @Schema(name = "CaseStepSource")
    public record Source(String documentId, String meetingId, int itemNumber, SourceKind kind, String decisionText,
                         DocumentLink document, MeetingLink meeting, ItemLink item) {
    }
}
