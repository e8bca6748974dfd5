package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/**
 * Recognises one kind of block. Each classifier also says how its first line behaves when lines are grouped into
 * blocks, so that structure survives text without blank lines (PDF exports).
 */
public interface BlockClassifier {

    /** The role a line has if it is the first line of a block of this kind; {@link LineRole#CONTINUES} otherwise. */
    LineRole roleOf(String line);

    Optional<Token> classify(Block block);

    /**
     * Whether a block of this kind can begin with this character (the first of its first line, trimmed). A grammar
     * asks its classifiers about every line of a document, and most lines are prose that only one or two of them could
     * start on: this lets it ask only those. True when unsure.
     */
    default boolean canStartWith(char first) {
        return true;
    }
}
