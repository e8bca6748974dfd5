package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.List;
import java.util.Optional;

/** "Afbud: Mustapha Badr": who was absent, names possibly with a remark in parentheses. */
public final class AbsenceClassifier extends PatternClassifier {

    public AbsenceClassifier() {
        super("Afbud\\s*:", LineRole.STARTS_BLOCK, "Afbud\\s*:\\s*(.*)",
                (block, m) -> Optional.of(new Token.Absence(block, names(m.group(1)))));
    }

    private static List<String> names(String text) {
        return NameLists.split(text).stream().map(NameLists::withoutRemark).filter(n -> !n.isEmpty()).toList();
    }
}
