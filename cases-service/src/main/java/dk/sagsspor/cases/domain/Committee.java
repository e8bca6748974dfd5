package dk.sagsspor.cases.domain;

import dk.sagsspor.municipal.BodyRegistry;

/** A body as the API shows it. Registered bodies get their registry name and abbreviation. */
public record Committee(String id, String name, String abbreviation) {

    /** @param seenName the name a document used, for bodies the registry does not know */
    public static Committee of(String id, String seenName) {
        return BodyRegistry.byId(id)
                .map(e -> new Committee(e.id(), e.name(), e.abbreviation()))
                .orElse(new Committee(id, seenName != null ? seenName : id, null));
    }
}
