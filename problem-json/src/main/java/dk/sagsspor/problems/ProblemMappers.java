package dk.sagsspor.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as application/problem+json with a type URI and a detail a person can act on. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toResponse(uri.getPath());
    }

    /**
     * The HTTP layer's own errors. One that wraps a problem is that problem: a query value {@link QueryParamConverters}
     * refused reaches here inside the 404 JAX-RS raises for any conversion failure.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        return ofHttpError(e.getResponse().getStatus(), e.getMessage(), uri.getPath()).toResponse(uri.getPath());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return new ProblemException(ProblemType.INTERNAL_ERROR,
                "The service failed unexpectedly; nothing was lost, and the request can be repeated.")
                .toResponse(uri.getPath());
    }

    /** The problem for an error the HTTP layer raised (no route, wrong method, ...), with the status it chose. */
    static ProblemException ofHttpError(int status, String message, String path) {
        return switch (status) {
            case 404 -> ProblemException.notFound("No resource at " + path + ".");
            case 405 -> new ProblemException(ProblemType.METHOD_NOT_ALLOWED,
                    "This method is not allowed on " + path + ".");
            case 406 -> new ProblemException(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json or "
                    + "text/event-stream (errors as application/problem+json).");
            case 413 -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, message);
            case 415 -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, message);
            default -> new ProblemException(ProblemType.HTTP_ERROR, status,
                    message == null || message.isBlank() ? "The request failed with HTTP status " + status + "." : message);
        };
    }
}
