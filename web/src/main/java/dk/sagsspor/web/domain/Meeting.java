package dk.sagsspor.web.domain;

import dk.sagsspor.municipal.DanishDates;
import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A meeting with its agenda, as its page shows it. */
@TemplateData
public record Meeting(String id, Committee committee, OffsetDateTime startsAt, String location, Label status,
                      List<String> attendees, List<String> absentees, List<AgendaItem> items) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    public String writtenDate() {
        return DanishDates.written(startsAt.atZoneSameInstant(DanishDates.COPENHAGEN).toLocalDate());
    }

    public String clock() {
        return CLOCK.format(startsAt.atZoneSameInstant(DanishDates.COPENHAGEN));
    }

    /** One point of the agenda. */
    @TemplateData
    public record AgendaItem(int number, String title, String caseNumber, String decisionText, Label outcome,
                             List<String> absentees) {
    }
}
