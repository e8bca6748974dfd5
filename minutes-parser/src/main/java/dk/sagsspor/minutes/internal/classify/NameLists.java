package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits Danish enumerations of names: "A, B og C". Commas and the word "og" separate names, except an "og" right
 * after a hyphen, which belongs to a compound name ("Børn- og Familieudvalget"), and anything inside parentheses
 * ("Julie Folke (fagcenterchef, Kalundborg Kommune)").
 */
public final class NameLists {

    /**
     * A name's closing full stops or semicolons; the look-behind tries a run from its first character only, and comes
     * after that character so that the search costs one comparison at each other character.
     */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;](?<![.;][.;])[.;]*+$");

    private NameLists() {
    }

    public static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && c == ',') {
                add(names, current);
                i++;
                continue;
            }
            if (depth == 0 && c == ' ' && isSeparatingOg(text, i, current)) {
                add(names, current);
                i += 3; // " og", the following space is trimmed away
                continue;
            }
            current.append(c);
            i++;
        }
        add(names, current);
        return names;
    }

    /** The name without any parenthesised remark: "Julie Folke (fagcenterchef, ...)" becomes "Julie Folke". */
    public static String withoutRemark(String name) {
        int open = name.indexOf('(');
        return open < 0 ? name : name.substring(0, open).strip();
    }

    private static boolean isSeparatingOg(String text, int i, StringBuilder current) {
        if (!text.startsWith(" og", i) || !(i + 3 == text.length() || Character.isWhitespace(text.charAt(i + 3)))) {
            return false;
        }
        return lastVisibleChar(current) != '-';
    }

    /**
     * The last character before any trailing whitespace, or 0. Read from the end rather than by copying the name,
     * so that a list with many "- og" costs time in proportion to its length.
     */
    private static char lastVisibleChar(StringBuilder current) {
        for (int i = current.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(current.charAt(i))) {
                return current.charAt(i);
            }
        }
        return 0;
    }

    private static void add(List<String> names, StringBuilder current) {
        String name = Spaces.collapse(current.toString().strip());
        if (name.indexOf('.') >= 0 || name.indexOf(';') >= 0) { // the pattern needs one; most names have neither
            name = TRAILING_PUNCTUATION.matcher(name).replaceFirst("").strip();
        }
        if (!name.isEmpty()) {
            names.add(name);
        }
        current.setLength(0);
    }
}
