package dk.sagsspor.minutes.classify;

import dk.sagsspor.municipal.DanishDates;
import dk.sagsspor.minutes.text.LineRole;
import java.util.Optional;

/** "REFERAT Børn- og Familieudvalget d. 03-12-2025", or the same behind "UDKAST TIL". */
public final class MeetingHeaderClassifier extends PatternClassifier {

    public MeetingHeaderClassifier() {
        super("(UDKAST TIL )?REFERAT\\s", LineRole.STARTS_BLOCK,
                "(UDKAST TIL )?REFERAT\\s+(.+?)(?:\\s+(?:d\\.|den)\\s*(\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}))?\\s*",
                (block, m) -> Optional.of(new Token.MeetingHeader(block, m.group(1) != null, m.group(2).strip(),
                        m.group(3) == null ? null : DanishDates.numericDate(m.group(3)).orElse(null))));
    }
}
