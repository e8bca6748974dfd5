package dk.sagsspor.minutes;

import dk.sagsspor.municipal.BodyRegistry;
import java.time.LocalDate;

/** The body a document names, resolved by the municipality's registry, as the parse result shows it. */
final class Bodies {

    private Bodies() {
    }

    /** @see BodyRegistry#resolve(String, LocalDate) */
    static Body resolve(String writtenName, LocalDate actedOn) {
        BodyRegistry.Resolved body = BodyRegistry.resolve(writtenName, actedOn);
        return new Body(body.id(), body.name(), body.term());
    }
}
