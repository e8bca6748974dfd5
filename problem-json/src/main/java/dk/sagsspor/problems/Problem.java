package dk.sagsspor.problems;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: what went wrong, for a person ({@code detail}) and for a program ({@code type}, extensions).
 * Built by {@link ProblemException#toProblem}; {@code type} is one of {@link ProblemType}'s URIs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details; `type` is one of the URIs listed under "
        + "x-problem-types in this document.")
public record Problem(
        @Schema(description = "What kind of problem, as a URI, e.g. https://sagsspor.dk/problems/invalid-parameter")
        String type,
        String title,
        int status,
        @Schema(description = "What is wrong, in words a person can act on") String detail,
        @Schema(description = "The path of the request") String instance,
        @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
