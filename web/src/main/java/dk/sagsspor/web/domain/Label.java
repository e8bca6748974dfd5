package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;

/** A code of the API (an outcome, a status) and the Danish words the API gives for it. */
@TemplateData
public record Label(String code, String danish) {
}
