package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.minutes.internal.text.SourceLine;
import java.util.List;
import java.util.Optional;

/**
 * "10:10 - 10:50 | Oplæg om ...": a row of a network's time table, its time and the start of its agenda point. OCR
 * reads the table's borders as "|" and the separator of hours and minutes sometimes as ".".
 */
public final class TimeSlotClassifier extends PatternClassifier {

    private static final String TIMES = "\\|?\\s*(\\d{1,2})[:.](\\d{2})\\s*-\\s*(\\d{1,2})[:.](\\d{2})";

    public TimeSlotClassifier() {
        super(TIMES, LineRole.STARTS_BLOCK, TIMES + "\\s*\\|?\\s*(.*)",
                (block, m) -> isClockTime(m.group(1), m.group(2)) && isClockTime(m.group(3), m.group(4))
                        ? Optional.of(new Token.TimeSlot(block,
                                clock(m.group(1), m.group(2)) + "-" + clock(m.group(3), m.group(4)), m.group(5)))
                        : Optional.empty());
    }

    /** The slot a line starts, if it starts one. */
    public Optional<Token.TimeSlot> slotOf(SourceLine line) {
        if (roleOf(line.text().trim()) == LineRole.CONTINUES) {
            return Optional.empty(); // every line of a table is asked: most are turned away without making a block
        }
        return classify(new Block(List.of(line))).map(Token.TimeSlot.class::cast);
    }

    /**
     * "25:00" is no time of day: such a row is not a slot (its text stays with the slot before it), so the parser
     * never meets a time it cannot read.
     */
    private static boolean isClockTime(String hour, String minute) {
        return Integer.parseInt(hour) <= 23 && Integer.parseInt(minute) <= 59;
    }

    private static String clock(String hour, String minute) {
        int h = Integer.parseInt(hour);
        return (h < 10 ? "0" : "") + h + ":" + minute; // not String.format: this runs for every row of a table
    }
}
