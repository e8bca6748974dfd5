package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.municipal.DanishDates;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Tid og sted: Kl. 10-13 på Teams": when the meeting starts and where, "på" perhaps damaged by OCR. */
public final class TimeAndPlaceClassifier extends PatternClassifier {

    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:på|pd|pa|p&|p@)\\s+([^:]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public TimeAndPlaceClassifier() {
        super("Tid og sted\\s*:", LineRole.STANDS_ALONE, "Tid og sted\\s*:\\s*(.+)",
                (block, m) -> Optional.of(new Token.TimeAndPlace(block,
                        DanishDates.clockTime(m.group(1)).orElse(null), place(m.group(1)))));
    }

    private static String place(String text) {
        Matcher place = PLACE.matcher(text);
        return place.find() ? place.group(1).strip() : null;
    }
}
