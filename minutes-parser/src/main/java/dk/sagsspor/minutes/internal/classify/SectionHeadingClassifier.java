package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/** "Beslutning", "Sagsfremstilling", "Behandling", ...: a heading alone on its line. */
public final class SectionHeadingClassifier implements BlockClassifier {

    @Override
    public LineRole roleOf(String line) {
        return SectionKind.ofHeading(line).isPresent() ? LineRole.STANDS_ALONE : LineRole.CONTINUES;
    }

    @Override
    public boolean canStartWith(char first) {
        return SectionKind.canStartWith(first);
    }

    @Override
    public Optional<Token> classify(Block block) {
        if (block.lines().size() != 1) {
            return Optional.empty();
        }
        return SectionKind.ofHeading(block.head()).map(kind -> new Token.SectionHeading(block, kind));
    }
}
