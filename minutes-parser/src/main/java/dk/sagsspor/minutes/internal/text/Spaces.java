package dk.sagsspor.minutes.internal.text;

import java.util.regex.Pattern;

/**
 * Runs of whitespace as one space, as {@code text.replaceAll("\\s+", " ")} makes them, but with a pattern compiled once
 * and run only on text that has such a run: most names and titles have none, and they are tidied by the hundred per
 * document.
 */
public final class Spaces {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {
    }

    public static String collapse(String text) {
        return hasRun(text) ? RUN.matcher(text).replaceAll(" ") : text;
    }

    /** Whether {@code \s+} matches anything but a single plain space. */
    private static boolean hasRun(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < text.length() && isRegexSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
