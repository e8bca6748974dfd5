package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.municipal.DanishDates;

/**
 * "17/11/2025 Direktionen": the start of a step under "Sagens forløb". It stands alone because the step's decision
 * may follow on the very next line, without a blank line in between.
 */
public final class HistoryStepClassifier extends PatternClassifier {

    public HistoryStepClassifier() {
        super("\\d{1,2}/\\d{1,2}/\\d{4}\\s+\\S", LineRole.STANDS_ALONE, "(\\d{1,2}/\\d{1,2}/\\d{4})\\s+(.+)",
                (block, m) -> DanishDates.numericDate(m.group(1))
                        .map(date -> new Token.HistoryStepHeading(block, date, m.group(2).strip())));
    }
}
