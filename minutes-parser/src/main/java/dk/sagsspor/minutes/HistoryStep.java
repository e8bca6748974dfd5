package dk.sagsspor.minutes;

import java.time.LocalDate;
import java.util.List;

/** One earlier step of a case, as listed under "Sagens forløb". */
public record HistoryStep(LocalDate date, Body body, String decisionText, Outcome outcome, List<String> absentees) {
    public HistoryStep {
        absentees = List.copyOf(absentees);
    }
}
