package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.municipal.DanishDates;
import java.util.Optional;

/** "Dato: 14. oktober 2025": the meeting's date above a time table; the time comes with the place. */
public final class DateFieldClassifier extends PatternClassifier {

    public DateFieldClassifier() {
        super("Dato\\s*:", LineRole.STANDS_ALONE, "Dato\\s*:\\s*(.+)",
                (block, m) -> Optional.of(new Token.MeetingDate(block, DanishDates.anyDate(m.group(1)).orElse(null), null)));
    }
}
