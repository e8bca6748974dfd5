package dk.sagsspor.ingest.rest;

import dk.sagsspor.ingest.config.IngestConfig;
import dk.sagsspor.ingest.service.UploadChecks;
import dk.sagsspor.problems.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body whose declared length (Content-Length) is over the document limit before a byte of it is read, with
 * the same 413 problem the upload checks give. A body without a declared length is cut off by the HTTP layer
 * ({@code quarkus.http.limits.max-body-size}, set just above the document limit) as it streams in.
 */
public class DeclaredSizeFilter {

    private final UploadChecks checks;

    DeclaredSizeFilter(IngestConfig config) {
        this.checks = new UploadChecks(config.maxDocumentSize().asLongValue());
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBody(ContainerRequestContext request) {
        try {
            checks.checkSize(request.getLength());
            return null;
        } catch (ProblemException tooLarge) {
            return tooLarge.toResponse(request.getUriInfo().getPath());
        }
    }
}
