package dk.sagsspor.ingest.rest;

import dk.sagsspor.events.Traceparent;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request runs under a W3C trace: the caller's {@code traceparent} when it sends a valid one, else a new one.
 * Its trace id is in every log line of the request, on the events the request writes to the outbox (and from there
 * in the consumers' logs), and in the answer's {@code traceparent} header, so a caller can quote it.
 */
public class TraceparentFilter {

    @ServerRequestFilter
    public void startOrContinue(ContainerRequestContext request) {
        String traceparent = Traceparent.continueOrStart(request.getHeaderString(Traceparent.HEADER));
        request.setProperty(Traceparent.MDC_TRACEPARENT, traceparent);
        MDC.put(Traceparent.MDC_TRACEPARENT, traceparent);
        MDC.put(Traceparent.MDC_TRACE_ID, Traceparent.traceId(traceparent));
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        Object traceparent = request.getProperty(Traceparent.MDC_TRACEPARENT);
        if (traceparent != null) {
            response.getHeaders().putSingle(Traceparent.HEADER, traceparent.toString());
        }
        MDC.remove(Traceparent.MDC_TRACEPARENT);
        MDC.remove(Traceparent.MDC_TRACE_ID);
    }
}
