package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.municipal.DanishDates;
import java.util.Optional;
import java.util.regex.Pattern;

/** "REFERAT Børn- og Familieudvalget d. 03-12-2025", or the same behind "UDKAST TIL". */
public final class MeetingHeaderClassifier extends PatternClassifier {

    private static final String DRAFT = "UDKAST TIL ";
    /**
     * "UDKAST TIL REFERAT" marks a draft wherever a line starts with it, even alone on its line above a time table,
     * where no body name follows.
     */
    private static final Pattern DRAFT_MARK = Pattern.compile(DRAFT + "REFERAT\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public MeetingHeaderClassifier() {
        super("(" + DRAFT + ")?REFERAT\\s", LineRole.STARTS_BLOCK,
                "(" + DRAFT + ")?REFERAT\\s+(.+?)(?:\\s+(?:d\\.|den)\\s*(\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}))?\\s*",
                (block, m) -> Optional.of(new Token.MeetingHeader(block, m.group(1) != null, m.group(2).strip(),
                        m.group(3) == null ? null : DanishDates.numericDate(m.group(3)).orElse(null))));
    }

    public static boolean marksDraft(String line) {
        return DRAFT_MARK.matcher(line.strip()).lookingAt();
    }
}
