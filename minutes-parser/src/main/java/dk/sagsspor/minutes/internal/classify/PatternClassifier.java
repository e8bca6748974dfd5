package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classifier defined by a pattern: the first line decides the line's role, the whole block (wrapped lines joined)
 * must match for the block to be of this kind.
 */
abstract class PatternClassifier implements BlockClassifier {

    private final Pattern firstLine;
    private final FirstChars firstLineStarts;
    private final LineRole role;
    private final Pattern block;
    private final BiFunction<Block, Matcher, Optional<Token>> reader;

    PatternClassifier(String firstLine, LineRole role, String block, BiFunction<Block, Matcher, Optional<Token>> reader) {
        this.firstLine = Pattern.compile(firstLine, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.firstLineStarts = FirstChars.of(this.firstLine);
        this.role = role;
        this.block = Pattern.compile(block, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        this.reader = reader;
    }

    @Override
    public LineRole roleOf(String line) {
        return startsBlock(line) ? role : LineRole.CONTINUES;
    }

    @Override
    public Optional<Token> classify(Block b) {
        if (!startsBlock(b.head())) {
            return Optional.empty();
        }
        Matcher m = block.matcher(b.joined());
        return m.matches() ? reader.apply(b, m) : Optional.empty();
    }

    @Override
    public boolean canStartWith(char first) {
        return firstLineStarts.mayStartWith(first);
    }

    private boolean startsBlock(String line) {
        return firstLineStarts.mayStart(line) && firstLine.matcher(line).lookingAt();
    }
}
