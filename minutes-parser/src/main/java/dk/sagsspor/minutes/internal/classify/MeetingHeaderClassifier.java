package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.municipal.DanishDates;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
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
    /** Every line of a document is asked whether it marks a draft: most are turned away by their first character. */
    private static final FirstChars DRAFT_MARK_STARTS = FirstChars.of(DRAFT_MARK);
    /**
     * The date that ends a header, " d. 03-12-2025" or " den 03-12-2025". It is looked for apart from the body name
     * because one pattern for both ("(.+?)(?:\s+d\.\s*date)?\s*") retries the whitespace after every character of
     * the name, which takes time growing with the square of a long line. Here each run of whitespace is read at most
     * once, after a "d." or "den", so the time grows with the line.
     */
    private static final Pattern DATE_AT_END = Pattern.compile(
            "\\s(?:d\\.|den)\\s*+(\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\s*+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public MeetingHeaderClassifier() {
        super("(" + DRAFT + ")?REFERAT\\s", LineRole.STARTS_BLOCK, "(" + DRAFT + ")?REFERAT\\s++(.+)",
                (block, m) -> Optional.of(header(block, m.group(1) != null, m.group(2))));
    }

    public static boolean marksDraft(String line) {
        String text = line.strip();
        return DRAFT_MARK_STARTS.mayStart(text) && DRAFT_MARK.matcher(text).lookingAt();
    }

    /** @param nameAndDate what follows "REFERAT": the body's name, perhaps followed by the meeting's date */
    private static Token.MeetingHeader header(Block block, boolean draft, String nameAndDate) {
        Matcher date = DATE_AT_END.matcher(nameAndDate);
        if (!date.find()) {
            return new Token.MeetingHeader(block, draft, nameAndDate.strip(), null);
        }
        LocalDate written = DanishDates.numericDate(date.group(1)).orElse(null);
        return new Token.MeetingHeader(block, draft, nameAndDate.substring(0, date.start()).strip(), written);
    }
}
