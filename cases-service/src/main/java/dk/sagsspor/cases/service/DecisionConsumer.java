package dk.sagsspor.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.events.AgendaItemDecidedV1;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes agenda-item-decided. Records arrive keyed by case number, so one case's events come in order from one
 * partition; a record that cannot be read goes to the dead-letter topic (configuration) instead of blocking the case.
 */
@ApplicationScoped
public class DecisionConsumer {

    private static final Logger LOG = Logger.getLogger(DecisionConsumer.class);

    private final CaseUpdateService cases;
    private final ObjectMapper json;

    DecisionConsumer(CaseUpdateService cases, ObjectMapper json) {
        this.cases = cases;
        this.json = json;
    }

    @Incoming("decisions")
    @Blocking
    public void onDecision(String payload) throws JsonProcessingException {
        AgendaItemDecidedV1 event = json.readValue(payload, AgendaItemDecidedV1.class);
        cases.apply(event).ifPresent(view ->
                LOG.infof("Case %s now %s (next: %s) after %s", view.caseNumber(), view.status(),
                        view.nextCommittee() == null ? "-" : view.nextCommittee().id(), event.meeting().id()));
    }
}
