package dk.sagsspor.web.rest;

import dk.sagsspor.web.service.ServiceUnavailableException;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** A service a page needs is down: the reader gets a page that says so (502), the operator a log line saying which. */
@Provider
public class ServiceUnavailableMapper implements ExceptionMapper<ServiceUnavailableException> {

    private static final Logger LOG = Logger.getLogger(ServiceUnavailableMapper.class);

    @Inject
    Template utilgaengelig;

    @Override
    public Response toResponse(ServiceUnavailableException e) {
        LOG.warnf("a page could not be made: %s", e.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(Pages.HTML)
                .entity(utilgaengelig.data("casesUrl", "").render()).build();
    }
}
