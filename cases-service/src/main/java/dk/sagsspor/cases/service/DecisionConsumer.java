package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.outbox.EventHandler;
import dk.sagsspor.outbox.MessageLog;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes agenda-item-decided (decisions and retractions) through the message log (type and version checked, each
 * event applied once), a poll's records in one transaction that ends by recomputing each touched case once. Records
 * arrive keyed by case number, so one case's events come in order from one partition; a record that can never be
 * processed goes to the dead-letter topic (configuration) instead of blocking the case, while a batch that failed for
 * a passing reason (database away, lock timeout) is retried in place by the message log.
 */
@ApplicationScoped
public class DecisionConsumer {

    private static final Logger LOG = Logger.getLogger(DecisionConsumer.class);

    private final MessageLog log;
    private final List<EventHandler<?>> handlers;
    private final Runnable recompute;

    DecisionConsumer(MessageLog log, CaseUpdateService cases) {
        this.log = log;
        this.handlers = List.of(
                new EventHandler<>(EventTypes.AGENDA_ITEM_DECIDED_V1, AgendaItemDecidedV1.class,
                        AgendaItemDecidedV1.SCHEMA_VERSION, cases::apply),
                new EventHandler<>(EventTypes.AGENDA_ITEM_RETRACTED_V1, AgendaItemRetractedV1.class,
                        AgendaItemRetractedV1.SCHEMA_VERSION, cases::apply));
        // Last in each batch's transaction: every case its events touched, recomputed once.
        this.recompute = () -> cases.applyPending().forEach(DecisionConsumer::log);
    }

    /**
     * Each changed case at DEBUG: a backfill changes hundreds of thousands of cases, and a line each at INFO was 18,000
     * lines (2.5 MB) for 5,000 minutes, written on the consumer's thread. Operators follow cases through case-updated
     * and the SSE stream; {@code quarkus.log.category."dk.sagsspor.cases.service.DecisionConsumer".level=DEBUG} shows
     * them here.
     */
    private static void log(CaseView view) {
        LOG.debugf("Case %s now %s (revision %d, next: %s)", view.caseNumber(), view.status(), view.revision(),
                view.nextCommittee() == null ? "-" : view.nextCommittee().id());
    }

    @Incoming("decisions")
    @Blocking
    public CompletionStage<Void> onDecisions(KafkaRecordBatch<String, byte[]> records) {
        return log.consume(records, handlers, recompute);
    }
}
