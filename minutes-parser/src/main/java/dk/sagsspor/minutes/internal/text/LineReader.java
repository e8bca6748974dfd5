package dk.sagsspor.minutes.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into numbered, Markdown-cleaned lines. */
public final class LineReader {

    private LineReader() {
    }

    public static List<SourceLine> of(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i == text.length() && start == i) {
                    break; // no empty line after a final newline
                }
                lines.add(new SourceLine(number++, MarkdownCleaner.clean(text.substring(start, i))));
                start = i + 1;
            }
        }
        return lines;
    }
}
