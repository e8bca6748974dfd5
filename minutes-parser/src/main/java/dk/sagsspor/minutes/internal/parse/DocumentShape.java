package dk.sagsspor.minutes.internal.parse;

import dk.sagsspor.minutes.internal.classify.BlockClassifier;
import dk.sagsspor.minutes.internal.classify.DateFieldClassifier;
import dk.sagsspor.minutes.internal.classify.ItemHeadingClassifier;
import dk.sagsspor.minutes.internal.classify.MeetingDateClassifier;
import dk.sagsspor.minutes.internal.classify.MeetingHeaderClassifier;
import dk.sagsspor.minutes.internal.classify.TimeSlotClassifier;
import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.SourceLine;
import dk.sagsspor.minutes.internal.text.TextDecoder;
import java.util.List;

/**
 * A first look at a document: is it text at all, is it minutes, and which layout do its items have?
 * Rejections name what was missing, so whoever sent the document can tell what is wrong with it.
 *
 * <p>It looks with the parsers' own classifiers, at each line as a block of its own, so a document is recognised by
 * exactly the grammar that then reads it.
 */
public record DocumentShape(Layout layout, boolean draftMarked, String whyNotMinutes) {

    /** How the agenda items are laid out. */
    public enum Layout { AGENDA, TIME_SLOTS, NONE }

    private static final BlockClassifier ITEM_HEADING = new ItemHeadingClassifier();
    private static final BlockClassifier MEETING_HEADER = new MeetingHeaderClassifier();
    private static final BlockClassifier MEETING_DATE = new MeetingDateClassifier();
    private static final BlockClassifier TIME_SLOT = new TimeSlotClassifier();
    private static final BlockClassifier DATE_FIELD = new DateFieldClassifier();
    /** One dated row could be anything; two make a time table. */
    private static final int MIN_TIME_SLOTS = 2;
    /** Share of control or replacement characters above which a document is taken to be binary, not text. */
    private static final double MAX_UNPRINTABLE_SHARE = 0.02;

    /**
     * Why the text cannot be minutes whatever its layout (empty, binary), or null.
     *
     * @param unprintable how many of its characters show nothing ({@link TextDecoder#unprintable})
     */
    public static String problemWithText(String text, int unprintable) {
        if (text.isBlank()) {
            return "The document is empty: it contains no text.";
        }
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
        int timeSlots = 0;
        boolean dateField = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            // Each question stops being asked once its answer can no longer change the shape: a document with items
            // is an agenda whatever else it holds, and a time table only needs two slots and a date field; what
            // header and date were found only matters for saying why a document is neither.
            String head = line.text().trim();
            draft = draft || MeetingHeaderClassifier.marksDraft(line.text());
            items = items || isA(ITEM_HEADING, line, head);
            if (items || timeSlots >= MIN_TIME_SLOTS && dateField) {
                continue;
            }
            header = header || isA(MEETING_HEADER, line, head);
            meetingDate = meetingDate || isA(MEETING_DATE, line, head);
            timeSlots += isA(TIME_SLOT, line, head) ? 1 : 0;
            dateField = dateField || isA(DATE_FIELD, line, head);
        }
        if (items) {
            return new DocumentShape(Layout.AGENDA, draft, null);
        }
        if (timeSlots >= MIN_TIME_SLOTS && dateField) {
            return new DocumentShape(Layout.TIME_SLOTS, draft, null);
        }
        return new DocumentShape(Layout.NONE, draft, whyNot(header, meetingDate));
    }

    /** Whether the line alone is a block of this kind; most lines are turned away by their first character. */
    private static boolean isA(BlockClassifier kind, SourceLine line, String head) {
        return (head.isEmpty() || kind.canStartWith(head.charAt(0))) && kind.classify(new Block(List.of(line))).isPresent();
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
