package dk.sagsspor.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as application/problem+json with a detail a person can act on. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 406 -> "This resource answers application/json or text/event-stream (errors as application/problem+json).";
            default -> e.getMessage();
        };
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail, uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The service failed unexpectedly; nothing was lost, and the request can be repeated.", uri.getPath())
                .toResponse();
    }
}
