package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The free-text sections of an agenda item; each is null when the item has no such section. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SectionsV1(String resume, String indstillinger, String sagsfremstilling, String oekonomiskeKonsekvenser) {
}
