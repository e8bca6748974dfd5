package dk.sagsspor.cases.rest;

import dk.sagsspor.cases.service.CaseUpdatesBroadcaster;
import dk.sagsspor.cases.service.CaseUpdatesBroadcaster.Published;
import dk.sagsspor.problems.ProblemException;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * case-updated as Server-Sent Events: {@code id:} the publish order (resume with {@code Last-Event-ID}),
 * {@code event: case-updated}, {@code data:} the published payload; a comment line every keep-alive interval holds an
 * idle connection open through proxies.
 */
@ApplicationScoped
public class CaseStream {

    static final String EVENT_NAME = "case-updated";

    private final CaseUpdatesBroadcaster updates;
    private final Duration keepAlive;

    CaseStream(CaseUpdatesBroadcaster updates,
               @ConfigProperty(name = "sagsspor.stream.keep-alive", defaultValue = "15s") Duration keepAlive) {
        this.updates = updates;
        this.keepAlive = keepAlive;
    }

    /** @param caseNumber, committee filters, null for none; lastEventId the SSE id a client saw last, or null */
    Multi<OutboundSseEvent> events(Sse sse, String caseNumber, String committee, String lastEventId) {
        Multi<OutboundSseEvent> events = updates.updates(sequence(lastEventId))
                .select().where(u -> caseNumber == null || caseNumber.equals(u.caseNumber()))
                .select().where(u -> committee == null || CaseUpdatesBroadcaster.concerns(u, committee))
                .map(u -> event(sse, u));
        Multi<OutboundSseEvent> keepAlives = Multi.createFrom().ticks().every(keepAlive)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlives);
    }

    private static OutboundSseEvent event(Sse sse, Published update) {
        return sse.newEventBuilder()
                .id(String.valueOf(update.sequence()))
                .name(EVENT_NAME)
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, update.payload())
                .build();
    }

    private static Long sequence(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("Last-Event-ID must be the id of an event this stream sent (a "
                    + "number); got '" + lastEventId + "'.");
        }
    }
}
