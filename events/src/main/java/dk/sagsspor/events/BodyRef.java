package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A body (committee, council, administration).
 *
 * @param id   stable slug, e.g. {@code su}, {@code kb}
 * @param name display name, e.g. {@code Socialudvalget}
 * @param term electoral term such as {@code 2022-2025}, or null when not stated
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BodyRef(String id, String name, String term) {
}
