package dk.sagsspor.minutes.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one Markdown line into the plain text it shows: heading markers, bold and italic markers and link targets
 * go, the words stay. Plain-text minutes pass through unchanged, except that PDF-to-text exports sometimes carry
 * the same markers, so every document goes through here.
 *
 * <p>All patterns are bounded (no nested quantifiers), so a pathological line costs linear time.
 */
public final class MarkdownCleaner {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{0,500})\\]\\([^()\\s]{0,500}\\)");
    /** "*word*" not inside a word: the "*" comes first, and the look-behind checks the character before it. */
    private static final Pattern ITALIC = Pattern.compile(
            "\\*(?<![\\p{L}\\p{N}*]\\*)([^*\\s](?:[^*]{0,300}?[^*\\s])?)\\*(?![\\p{L}\\p{N}*])");

    private MarkdownCleaner() {
    }

    public static String clean(String line) {
        String text = line.stripTrailing();
        int hash = text.indexOf('#');
        if (hash >= 0 && hash <= 3) { // the heading pattern only ever matches here; most lines have no '#'
            text = HEADING.matcher(text).replaceFirst("");
        }
        if (text.indexOf('*') >= 0) {
            text = text.replace("**", "");
            if (text.indexOf('*') >= 0) {
                text = withoutItalics(text);
            }
        }
        if (text.indexOf("](") >= 0) {
            text = LINK.matcher(text).replaceAll("$1");
        }
        return text;
    }

    /**
     * {@code ITALIC.matcher(text).replaceAll("$1")}, but the pattern is only tried where a "*" is, found with indexOf:
     * Matcher's own search tries every character of a line, and Markdown paragraphs are lines of a thousand
     * characters. Transparent bounds let the look-behind see the character before the "*".
     */
    private static String withoutItalics(String text) {
        Matcher italic = ITALIC.matcher(text).useTransparentBounds(true);
        StringBuilder sb = null;
        int copied = 0;
        int star = text.indexOf('*');
        while (star >= 0) {
            if (italic.region(star, text.length()).lookingAt()) {
                sb = sb == null ? new StringBuilder(text.length()) : sb;
                sb.append(text, copied, star).append(italic.group(1));
                copied = italic.end();
                star = text.indexOf('*', copied);
            } else {
                star = text.indexOf('*', star + 1);
            }
        }
        return sb == null ? text : sb.append(text, copied, text.length()).toString();
    }
}
