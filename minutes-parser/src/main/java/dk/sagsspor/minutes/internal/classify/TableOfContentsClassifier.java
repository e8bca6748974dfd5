package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/** "Indholdsfortegnelse". */
public final class TableOfContentsClassifier extends PatternClassifier {

    public TableOfContentsClassifier() {
        super("Indholdsfortegnelse\\s*$", LineRole.STANDS_ALONE, "Indholdsfortegnelse",
                (block, m) -> Optional.of(new Token.TableOfContents(block)));
    }
}
