package dk.sagsspor.minutes.internal.text;

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
    /**
     * "*word*" not inside a word. The "*" comes first and the look-behind checks the character before it, so a search
     * through a line costs one comparison per character instead of a look-behind per character.
     */
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
                text = ITALIC.matcher(text).replaceAll("$1");
            }
        }
        if (text.indexOf("](") >= 0) {
            text = LINK.matcher(text).replaceAll("$1");
        }
        return text;
    }
}
