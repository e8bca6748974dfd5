package dk.sagsspor.minutes.parse;

import dk.sagsspor.minutes.text.SourceLine;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A first look at a document: is it text at all, is it minutes, and which layout do its items have?
 * Rejections name what was missing, so whoever sent the document can tell what is wrong with it.
 */
public record DocumentShape(Layout layout, boolean draftMarked, String whyNotMinutes) {

    /** How the agenda items are laid out. */
    public enum Layout { AGENDA, TIME_SLOTS, NONE }

    private static final Pattern ITEM_HEADING = Pattern.compile("^\\s*Punkt\\s+\\d{1,7}\\s*[:.]");
    private static final Pattern HEADER = Pattern.compile("^\\s*(UDKAST TIL )?REFERAT\\s+\\S");
    private static final Pattern MEETING_DATE = Pattern.compile("^\\s*Mødedato\\b");
    private static final Pattern DRAFT = Pattern.compile("^\\s*UDKAST TIL REFERAT\\b", Pattern.CASE_INSENSITIVE);
    /** Share of control or replacement characters above which a document is taken to be binary, not text. */
    private static final double MAX_UNPRINTABLE_SHARE = 0.02;

    /** Why the text cannot be minutes whatever its layout (empty, binary), or null. */
    public static String problemWithText(String text) {
        if (text.isBlank()) {
            return "The document is empty: it contains no text.";
        }
        long unprintable = text.chars()
                .filter(c -> c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))
                .count();
        if (unprintable > text.length() * MAX_UNPRINTABLE_SHARE) {
            return String.format("The document is not text: %d of its %d characters are control characters "
                    + "or undecodable bytes. Send minutes as PDF, plain text or Markdown.", unprintable, text.length());
        }
        return null;
    }

    public static DocumentShape of(List<SourceLine> lines) {
        boolean items = false;
        boolean header = false;
        boolean meetingDate = false;
        boolean draft = false;
        for (SourceLine line : lines) {
            String text = line.text();
            items |= ITEM_HEADING.matcher(text).lookingAt();
            header |= HEADER.matcher(text).lookingAt();
            meetingDate |= MEETING_DATE.matcher(text).lookingAt();
            draft |= DRAFT.matcher(text).lookingAt();
        }
        if (items) {
            return new DocumentShape(Layout.AGENDA, draft, null);
        }
        if (TimeSlotMinutesParser.looksLikeTimeSlotMinutes(lines)) {
            return new DocumentShape(Layout.TIME_SLOTS, draft, null);
        }
        return new DocumentShape(Layout.NONE, draft, whyNot(header, meetingDate));
    }

    private static String whyNot(boolean header, boolean meetingDate) {
        StringBuilder why = new StringBuilder("Not minutes: found no agenda items (lines like 'Punkt 1: <titel>', "
                + "or a time table with a 'Dato:' line)");
        if (!header) {
            why.append(", no meeting header ('REFERAT <udvalg> d. DD-MM-YYYY')");
        }
        if (!meetingDate) {
            why.append(", no meeting date ('Mødedato <ugedag> d. DD. <måned> YYYY kl. HH:MM')");
        }
        return why.append('.').toString();
    }
}
