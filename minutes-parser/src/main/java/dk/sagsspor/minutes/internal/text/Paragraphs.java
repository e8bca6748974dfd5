package dk.sagsspor.minutes.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Collects the paragraphs of one piece of text (a decision, a section); paragraphs are joined by a blank line. */
public final class Paragraphs {

    private final List<String> paragraphs = new ArrayList<>();

    public void add(String paragraph) {
        if (!paragraph.isBlank()) {
            paragraphs.add(paragraph.strip());
        }
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** The text, or null when nothing was collected. */
    public String text() {
        if (paragraphs.size() <= 1) {
            return paragraphs.isEmpty() ? null : paragraphs.get(0); // most sections are one paragraph: no copy
        }
        return String.join("\n\n", paragraphs);
    }
}
