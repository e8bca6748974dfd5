package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.repository.BodyEntity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the meetings API answers. */
public final class Views {

    private Views() {
    }

    public record CommitteeRef(String id, String name, String abbreviation) {

        static CommitteeRef of(BodyEntity body) {
            return new CommitteeRef(body.id, body.name, body.abbreviation);
        }
    }

    public record Committee(String id, String name, String abbreviation, String kind, OffsetDateTime modifiedAt) {
    }

    /** @param modifiedAt when the latest meeting this membership is read from changed */
    public record Member(String personId, String name, String term, long meetingsAttended, long meetingsAbsent,
                         LocalDate firstSeen, LocalDate lastSeen, OffsetDateTime modifiedAt) {
    }

    /** @param deleted true for a withdrawn meeting; listed only with modifiedSince, for a mirror that syncs */
    public record MeetingSummary(String id, CommitteeRef committee, OffsetDateTime startsAt, String location,
                                 String status, int version, int items, OffsetDateTime modifiedAt, boolean deleted) {
    }

    public record MeetingPage(List<MeetingSummary> items, long total, int page, int size, String next, String prev) {
    }

    public record Item(int number, String title, String timeSlot, String caseNumber, String decisionText,
                       String outcome, List<String> absentees, Sections sections, List<String> plannedRoute,
                       List<String> attachments) {
    }

    public record Sections(String resume, String indstillinger, String sagsfremstilling, String oekonomiskeKonsekvenser) {
    }

    public record Meeting(String id, CommitteeRef committee, OffsetDateTime startsAt, String location, String status,
                          int version, String documentId, List<String> attendees, List<String> absentees,
                          List<Item> items, OffsetDateTime modifiedAt) {
    }

    public record Membership(CommitteeRef committee, String term, long meetingsAttended, long meetingsAbsent,
                             LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** @param modifiedAt when the person or a meeting they are recorded at last changed */
    public record Person(String personId, String name, List<Membership> memberships, OffsetDateTime modifiedAt) {
    }

    public record SearchHit(String meetingId, CommitteeRef committee, OffsetDateTime startsAt, int itemNumber,
                            String title, String caseNumber, String outcome, double rank, String snippet) {
    }
}
