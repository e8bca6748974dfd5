package dk.sagsspor.cases.service;

import dk.sagsspor.events.CaseUpdatedV1;
import dk.sagsspor.events.EventJson;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the Server-Sent Event streams from the case-updated topic itself, so an operator sees exactly what was
 * published, from whichever instance published it. Each instance reads the topic in its own consumer group.
 */
@ApplicationScoped
public class CaseUpdatesBroadcaster {

    private static final int SUBSCRIBER_BUFFER = 1024;

    private final BroadcastProcessor<CaseUpdatedV1> updates = BroadcastProcessor.create();
    @Incoming("case-updates-stream")
    public void onCaseUpdated(String payload) {
        updates.onNext(EventJson.read(payload, CaseUpdatedV1.class));
    }

    /**
     * Every update. Each subscriber gets its own buffer: a burst of updates (a whole document's worth) must not
     * fail a slow client, which a broadcast without demand would do.
     */
    public Multi<CaseUpdatedV1> all() {
        return updates.onOverflow().buffer(SUBSCRIBER_BUFFER);
    }

    public Multi<CaseUpdatedV1> of(String caseNumber) {
        return updates.filter(u -> caseNumber.equals(u.caseNumber())).onOverflow().buffer(SUBSCRIBER_BUFFER);
    }
}
