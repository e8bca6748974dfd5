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
}
