package dk.sagsspor.minutes.internal.parse;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The attachments ("Bilag") of an item. Each paragraph is one attachment, its wrapped lines joined, because a long
 * attachment title wraps like any other text. A paragraph whose lines each start with "Bilag N" lists several.
 */
public final class Attachments {

    private static final Pattern NUMBERED = Pattern.compile("^Bilag\\s+\\d+\\b.*");

    private Attachments() {
    }

    public static List<String> of(Block block) {
        List<String> attachments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (SourceLine line : block.lines()) {
            String text = line.text().strip();
            if (current.length() > 0 && NUMBERED.matcher(text).matches()) {
                attachments.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(text);
        }
        if (current.length() > 0) {
            attachments.add(current.toString());
        }
        return attachments;
    }
}
