package dk.sagsspor.web.domain;

import dk.sagsspor.municipal.DanishDates;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/** A body acting on a case on a day. */
@TemplateData
public record Step(LocalDate date, Committee committee, String decisionText, Label outcome, List<String> absentees,
                   boolean conflict, boolean unplanned, List<Source> sources) {

    public String writtenDate() {
        return DanishDates.written(date);
    }
}
