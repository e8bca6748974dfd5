package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.repository.BodyEntity;
import dk.sagsspor.problems.ApiLinks.CaseLink;
import dk.sagsspor.problems.ApiLinks.DocumentLink;
import dk.sagsspor.problems.ApiLinks.PersonLink;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the meetings API answers. Every reference to another resource carries its absolute href. */
public final class Views {

    private Views() {
    }

    /** The same schema as cases-service's CommitteeRef, so a client generated from both specs has one. */
    @Schema(name = "CommitteeRef", description = "A body: id, name and abbreviation (null when it has none)")
    public record CommitteeRef(String id, String name, @Schema(nullable = true) String abbreviation) {

        static CommitteeRef of(BodyEntity body) {
            return new CommitteeRef(body.id, body.name, body.abbreviation);
        }
    }

    public record Committee(String id, String name, String abbreviation, String kind, OffsetDateTime modifiedAt,
                            String href) {
    }

    /** @param modifiedAt when the latest meeting this membership is read from changed */
    public record Member(String personId, String name, String term, long meetingsAttended, long meetingsAbsent,
                         LocalDate firstSeen, LocalDate lastSeen, OffsetDateTime modifiedAt, String href) {
    }

    /** @param deleted true for a withdrawn meeting; listed only with modifiedSince, for a mirror that syncs */
    public record MeetingSummary(String id, CommitteeRef committee, OffsetDateTime startsAt, String location,
                                 String status, int version, int items, OffsetDateTime modifiedAt, boolean deleted,
                                 String href) {
    }

    /**
     * An agenda item, in its meeting or on its own ({@code GET /meetings/{id}/items/{number}}).
     *
     * @param caseRef the case's timeline in cases-service, null for an item without a case number
     */
    @Schema(name = "AgendaItem")
    public record Item(String meetingId, int number, String title, @Schema(nullable = true) String timeSlot,
                       @Schema(nullable = true) String caseNumber,
                       @Schema(name = "case", nullable = true) @com.fasterxml.jackson.annotation.JsonProperty("case")
                       CaseLink caseRef, @Schema(nullable = true) String decisionText, String outcome,
                       List<PersonLink> absentees,
                       Sections sections, List<String> plannedRoute, List<String> attachments, String href) {
    }

    public record Sections(@Schema(nullable = true) String resume, @Schema(nullable = true) String indstillinger,
                           @Schema(nullable = true) String sagsfremstilling,
                           @Schema(nullable = true) String oekonomiskeKonsekvenser) {
    }

    /**
     * @param deleted true only in an export with modifiedSince, for a meeting since withdrawn (GET answers 410 Gone)
     */
    public record Meeting(String id, CommitteeRef committee, OffsetDateTime startsAt, String location, String status,
                          int version, String documentId, DocumentLink document, List<PersonLink> attendees,
                          List<PersonLink> absentees, List<Item> items, OffsetDateTime modifiedAt, boolean deleted,
                          String href) {
    }

    public record Membership(CommitteeRef committee, String term, long meetingsAttended, long meetingsAbsent,
                             LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** @param modifiedAt when the person or a meeting they are recorded at last changed */
    public record Person(String personId, String name, List<Membership> memberships, OffsetDateTime modifiedAt,
                         String href) {
    }

    /** One line of the persons list. */
    public record PersonSummary(String personId, String name, OffsetDateTime modifiedAt, String href) {
    }

    /** @param href the item's own URL; meetingHref its meeting's */
    public record SearchHit(String meetingId, CommitteeRef committee, OffsetDateTime startsAt, int itemNumber,
                            String title, String caseNumber, String outcome, double rank, String snippet,
                            String href, String meetingHref) {
    }
}
