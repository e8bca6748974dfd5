package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/** "Mødested Mødelokale 8". */
public final class LocationClassifier extends PatternClassifier {

    public LocationClassifier() {
        super("Mødested\\b", LineRole.STARTS_BLOCK, "Mødested:?\\s*(.*)",
                (block, m) -> Optional.of(new Token.Location(block, m.group(1).strip())));
    }
}
