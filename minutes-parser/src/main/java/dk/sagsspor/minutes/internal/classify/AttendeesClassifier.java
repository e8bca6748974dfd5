package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/** "Mødedeltagere A, B, C", names wrapped over any number of lines. */
public final class AttendeesClassifier extends PatternClassifier {

    public AttendeesClassifier() {
        super("Mødedeltagere\\b", LineRole.STARTS_BLOCK, "Mødedeltagere:?\\s*(.*)",
                (block, m) -> Optional.of(new Token.Attendees(block, NameLists.split(m.group(1)))));
    }
}
