package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One earlier step of a case as written under "Sagens forløb".
 *
 * @param outcome the classified decision, e.g. {@code RECOMMENDED} (see the schema's enum)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryStepV1(LocalDate date, BodyRef body, String decisionText, String outcome, List<String> absentees) {
    public HistoryStepV1 {
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
    }
}
