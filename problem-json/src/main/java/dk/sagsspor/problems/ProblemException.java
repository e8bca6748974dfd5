package dk.sagsspor.problems;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way a resource or service refuses a request: a kind of problem and a detail a person can act on, plus
 * optional extension members (e.g. {@code documentId}). {@link ProblemMappers} turns it into the response, adding the
 * request path as {@code instance}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final transient Map<String, Object> extensions = new LinkedHashMap<>();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(type, type.status(), detail);
    }

    /** For {@link ProblemType#HTTP_ERROR}, whose status varies. */
    ProblemException(ProblemType type, int status, String detail) {
        super(detail);
        this.type = type;
        this.status = status;
    }

    public static ProblemException invalidParameter(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** Adds an extension member to the problem, e.g. the id of the document that was kept. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    private String title() {
        Response.Status known = Response.Status.fromStatusCode(status);
        return type == ProblemType.HTTP_ERROR && known != null ? known.getReasonPhrase() : type.title();
    }

    /** Adds a response header, e.g. {@code Retry-After} on a 503. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The response: the problem as {@code application/problem+json}, with any headers added. */
    public Response toResponse(String instance) {
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(toProblem(instance));
        headers.forEach(response::header);
        return response.build();
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri().toString(), title(), status, getMessage(), instance,
                new LinkedHashMap<>(extensions));
    }
}
