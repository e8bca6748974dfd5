package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A body (committee, council, administration).
 *
 * @param id           stable slug, e.g. {@code su}, {@code kb}
 * @param name         display name, e.g. {@code Socialudvalget}
 * @param term         electoral term such as {@code 2022-2025}, or null when not stated
 * @param abbreviation e.g. {@code SU}; null for a body the registry does not know
 * @param kind         e.g. {@code STANDING_COMMITTEE}, {@code COUNCIL}, {@code ADMINISTRATION}; null when unknown
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BodyRef(String id, String name, String term, String abbreviation, String kind) {

    /** A body known by id, name and term only. */
    public BodyRef(String id, String name, String term) {
        this(id, name, term, null, null);
    }
}
