package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** A committee: its members per electoral term, its meetings, and its calendar feed. */
@TemplateData
public record CommitteePage(Committee committee, List<Term> terms, List<MeetingLink> meetings, String calendarUrl) {

    @TemplateData
    public record Term(String term, List<Member> members) {
    }

    @TemplateData
    public record Member(String name, long meetingsAttended, long meetingsAbsent) {
    }

    @TemplateData
    public record MeetingLink(String id, String writtenDate, Label status) {
    }
}
