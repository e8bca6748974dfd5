package dk.sagsspor.minutes.internal.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a pattern's match can start with, read off the pattern itself, so that a line can be turned
 * away by its first character before any matcher is made. Most lines of minutes are prose that no classifier's
 * pattern can start on, and trying every pattern on every line was most of the parser's cost.
 *
 * <p>For each ASCII character {@code c} the pattern is tried on the one-character text {@code c}: unless it matches,
 * or it ran out of text while still matching ({@link Matcher#hitEnd()}), no text starting with {@code c} can match
 * either. A non-ASCII first character (a letter that folds onto an ASCII one under {@code UNICODE_CASE}, like the
 * Kelvin sign onto "k") and the empty text are always left to the pattern.
 */
final class FirstChars {

    private static final int ASCII = 128;

    private final boolean[] mayStart = new boolean[ASCII];

    private FirstChars(Pattern pattern) {
        for (char c = 0; c < ASCII; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            mayStart[c] = m.lookingAt() || m.hitEnd();
        }
    }

    /** For a pattern used with {@link Matcher#lookingAt()} or {@link Matcher#matches()}. */
    static FirstChars of(Pattern pattern) {
        return new FirstChars(pattern);
    }

    /** False only when no match of the pattern can start at the beginning of the text. */
    boolean mayStart(CharSequence text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        return first >= ASCII || mayStart[first];
    }
}
