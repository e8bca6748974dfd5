package dk.sagsspor.problems;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as application/problem+json with a type URI and a detail a person can act on. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    static final String BEARER = "Bearer realm=\"sagsspor\"";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toResponse(uri.getPath());
    }

    /** No token where one is needed (RFC 6750 §3: the challenge names the scheme and no error). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return new ProblemException(ProblemType.UNAUTHORIZED, "This operation needs a bearer token: send "
                + "'Authorization: Bearer <JWT>' with a token from the identity provider this service trusts.")
                .withHeader(WWW_AUTHENTICATE, BEARER)
                .toResponse(uri.getPath());
    }

    /**
     * A token that does not verify. Why exactly (signature, issuer, audience, expiry) is the verifier's log line, not
     * the answer's: a caller probing with forged tokens learns nothing from it.
     */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return new ProblemException(ProblemType.UNAUTHORIZED, "The bearer token is not valid: it is malformed, "
                + "expired, signed by a key this service does not trust, or issued by another issuer or for another "
                + "audience. Get a new one from the identity provider.")
                .withHeader(WWW_AUTHENTICATE, BEARER + ", error=\"invalid_token\"")
                .toResponse(uri.getPath());
    }

    /** A valid token without the role (RFC 6750 §3.1: insufficient_scope). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return new ProblemException(ProblemType.FORBIDDEN, "The bearer token is valid but does not carry the role "
                + "this operation needs; the API documentation names it.")
                .withHeader(WWW_AUTHENTICATE, BEARER + ", error=\"insufficient_scope\"")
                .toResponse(uri.getPath());
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
