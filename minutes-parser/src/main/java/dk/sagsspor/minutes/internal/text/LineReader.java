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
        while (start < text.length()) { // no empty line after a final newline
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new SourceLine(number++, MarkdownCleaner.clean(text.substring(start, end))));
            start = end + 1;
        }
        return lines;
    }
}
