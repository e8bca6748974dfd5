package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person named in minutes.
 *
 * @param personId stable id from the name (lower case, dashes), as meetings-service's {@code /persons/{personId}}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonRef(String personId, String name) {
}
