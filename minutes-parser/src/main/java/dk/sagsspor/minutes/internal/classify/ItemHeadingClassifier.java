package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/** "Punkt 4: Beslutning om hjemløsestrategi", the title possibly wrapped over several lines. */
public final class ItemHeadingClassifier extends PatternClassifier {

    public ItemHeadingClassifier() {
        super("Punkt\\s+\\d{1,7}\\s*[:.]", LineRole.STARTS_BLOCK, "Punkt\\s+(\\d{1,7})\\s*[:.]\\s*(.*)",
                (block, m) -> Optional.of(new Token.ItemHeading(block, Integer.parseInt(m.group(1)), m.group(2).strip())));
    }
}
