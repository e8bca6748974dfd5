package dk.sagsspor.cases.domain;

import dk.sagsspor.municipal.BodyRegistry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A body as the API shows it. Registered bodies get their registry name and abbreviation. The same schema as
 * meetings-service's CommitteeRef, so a client generated from both specs has one.
 */
@Schema(name = "CommitteeRef", description = "A body: id, name and abbreviation (null when it has none)")
public record Committee(String id, String name, @Schema(nullable = true) String abbreviation) {

    /** @param seenName the name a document used, for bodies the registry does not know */
    public static Committee of(String id, String seenName) {
        return BodyRegistry.byId(id)
                .map(e -> new Committee(e.id(), e.name(), e.abbreviation()))
                .orElse(new Committee(id, seenName != null ? seenName : id, null));
    }
}
