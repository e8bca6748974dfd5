package dk.sagsspor.problems;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An RFC 9457 problem: what went wrong, for a person ({@code detail}) and for a program ({@code type}, extensions).
 * Built by {@link ProblemException#toProblem}; {@code type} is one of {@link ProblemType}'s URIs. Its OpenAPI schema is
 * written by {@link ProblemTypesInOpenApi}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
