package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.municipal.DanishDates;
import java.util.Optional;

/** "Mødedato Onsdag d. 03. december 2025 kl. 16:00". */
public final class MeetingDateClassifier extends PatternClassifier {

    public MeetingDateClassifier() {
        super("Mødedato\\b", LineRole.STARTS_BLOCK, "Mødedato:?\\s*(.*)",
                (block, m) -> Optional.of(new Token.MeetingDate(block,
                        DanishDates.anyDate(m.group(1)).orElse(null),
                        DanishDates.clockTime(m.group(1)).orElse(null))));
    }
}
