package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.text.Paragraphs;
import dk.sagsspor.municipal.ElectoralTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects one "Sagens forløb" step: its heading, then its decision text and any "Afbud:" line. */
final class HistoryStepBuilder {

    private final LocalDate date;
    private String bodyName;
    private final Paragraphs decision = new Paragraphs();
    private final List<String> absentees = new ArrayList<>();

    HistoryStepBuilder(LocalDate date, String bodyName) {
        this.date = date;
        this.bodyName = bodyName;
    }

    void addText(String text) {
        // A body name wrapped onto the next line ("03/12/2025 Børn- og" / "Familieudvalget 2022-2025") continues
        // the heading rather than starting the decision.
        if (decision.isEmpty() && (endsIncomplete(bodyName) || ElectoralTerms.isWritten(text))) {
            bodyName = bodyName + " " + text;
        } else {
            decision.add(text);
        }
    }

    void addAbsentees(List<String> names) {
        absentees.addAll(names);
    }

    HistoryStep build() {
        String text = decision.text();
        return new HistoryStep(date, Bodies.resolve(bodyName, date), text, OutcomeClassifier.classify(text), absentees);
    }

    private static boolean endsIncomplete(String name) {
        return name.endsWith("-") || name.endsWith(",") || name.endsWith(" og");
    }
}
