package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;

/** A body: a committee, the council, the executive board. */
@TemplateData
public record Committee(String id, String name, String abbreviation) {
}
