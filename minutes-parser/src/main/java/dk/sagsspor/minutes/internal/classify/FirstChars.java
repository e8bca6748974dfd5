package dk.sagsspor.minutes.internal.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two characters a pattern's match can start with, read off the pattern itself, so that a line can be
 * turned away before any matcher is made. Most lines of minutes are prose that no classifier's pattern can start on,
 * and trying every pattern on every line was most of the parser's cost. One character is not enough: Danish prose
 * starts with "Det", "Sagen", "Udvalget", which share a first letter with "Dato:", "Sagsnr." and "UDKAST".
 *
 * <p>The pattern is tried on each one- and two-character ASCII text: unless it matches, or it ran out of text while
 * still matching ({@link Matcher#hitEnd()}), no text starting so can match either. Only first characters a match can
 * start with are tried with a second one, so this costs a few thousand tiny matches per pattern, once. A non-ASCII
 * character (a letter that folds onto an ASCII one under {@code UNICODE_CASE}, like the Kelvin sign onto "k") and a
 * one-character text are always left to the pattern.
 */
final class FirstChars {

    private static final int ASCII = 128;

    /** For each ASCII first character: null when no match starts with it, else the ASCII second characters that may follow. */
    private final boolean[][] secondAfter = new boolean[ASCII][];
    /** Whether the pattern matches at the start of an empty text (a blank line, trimmed). */
    private final boolean matchesEmpty;

    private FirstChars(Pattern pattern) {
        matchesEmpty = pattern.matcher("").lookingAt();
        for (char first = 0; first < ASCII; first++) {
            if (mayStartWith(pattern, String.valueOf(first))) {
                boolean[] seconds = new boolean[ASCII];
                for (char second = 0; second < ASCII; second++) {
                    seconds[second] = mayStartWith(pattern, String.valueOf(new char[] {first, second}));
                }
                secondAfter[first] = seconds;
            }
        }
    }

    /** For a pattern used with {@link Matcher#lookingAt()} or {@link Matcher#matches()}. */
    static FirstChars of(Pattern pattern) {
        return new FirstChars(pattern);
    }

    /** False only when no match of the pattern can start at the beginning of the text. */
    boolean mayStart(CharSequence text) {
        if (text.isEmpty()) {
            return matchesEmpty;
        }
        if (text.charAt(0) >= ASCII) {
            return true;
        }
        boolean[] seconds = secondAfter[text.charAt(0)];
        if (seconds == null) {
            return false;
        }
        return text.length() == 1 || text.charAt(1) >= ASCII || seconds[text.charAt(1)];
    }

    /** False only when no match of the pattern can start with this character. */
    boolean mayStartWith(char first) {
        return first >= ASCII || secondAfter[first] != null;
    }

    private static boolean mayStartWith(Pattern pattern, String start) {
        Matcher m = pattern.matcher(start);
        return m.lookingAt() || m.hitEnd();
    }
}
