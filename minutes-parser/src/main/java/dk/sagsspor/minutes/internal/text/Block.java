package dk.sagsspor.minutes.internal.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of consecutive non-blank lines: a paragraph, a heading or a header field.
 * Blocks are what the classifiers look at; they keep their lines so results can point back to the source.
 */
public record Block(List<SourceLine> lines) {

    private static final Pattern NUMBERED_ENTRY = Pattern.compile("\\d{1,2}[.)] .*");

    public Block {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
        lines = List.copyOf(lines);
    }

    public int firstLine() {
        return lines.get(0).number();
    }

    public int lastLine() {
        return lines.get(lines.size() - 1).number();
    }

    /** The first line, trimmed. */
    public String head() {
        return lines.get(0).text().trim();
    }

    /** All lines joined with single spaces: the block as one logical line, whatever the wrapping was. */
    public String joined() {
        if (lines.size() == 1) {
            return head();
        }
        StringBuilder sb = new StringBuilder(joinedLength());
        for (SourceLine line : lines) {
            appendWord(sb, line.text().trim(), " ");
        }
        return sb.toString();
    }

    /**
     * The block as running text: wrapped lines are joined with a space, but a line that starts a list entry
     * or holds a table row (tabs) keeps its own line, so lists and tables survive.
     */
    public String prose() {
        if (lines.size() == 1) {
            return lines.get(0).text().strip(); // what the loop makes of one line, without copying it twice
        }
        StringBuilder sb = new StringBuilder(joinedLength());
        for (SourceLine line : lines) {
            String text = line.text().strip();
            appendWord(sb, text, startsOwnLine(line.text()) ? "\n" : " ");
        }
        return sb.toString();
    }

    /** Room for all lines and a separator after each, so a long paragraph is copied once, not at every doubling. */
    private int joinedLength() {
        int length = 0;
        for (SourceLine line : lines) {
            length += line.text().length() + 1;
        }
        return length;
    }

    private static boolean startsOwnLine(String line) {
        String t = line.stripLeading();
        return t.startsWith("- ") || t.startsWith("• ") || startsNumberedEntry(t) || line.indexOf('\t') >= 0;
    }

    /** "1. " or "12) ": a numbered list entry. Only a line starting with a digit is given to the pattern. */
    private static boolean startsNumberedEntry(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9' && NUMBERED_ENTRY.matcher(t).matches();
    }

    private static void appendWord(StringBuilder sb, String text, String separator) {
        if (text.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(separator);
        }
        sb.append(text);
    }
}
