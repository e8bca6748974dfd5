package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/** "25-008999": a case number on a line of its own, under the item heading. */
public final class CaseNumberClassifier extends PatternClassifier {

    public CaseNumberClassifier() {
        super("(?:Sagsnr\\.?:?\\s*)?\\d{2}-\\d{6}\\s*$", LineRole.STANDS_ALONE, "(?:Sagsnr\\.?:?\\s*)?(\\d{2}-\\d{6})",
                (block, m) -> Optional.of(new Token.CaseNumber(block, m.group(1))));
    }
}
