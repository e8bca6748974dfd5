package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseStatement;
import dk.sagsspor.outbox.Gathered;
import jakarta.transaction.TransactionScoped;

/**
 * The decisions and retractions of the current consumer transaction, in the order they came, each with the trace of
 * its event. Scoped to the transaction: a batch tried again starts from nothing, and all of them are applied together
 * at its end ({@link CaseUpdateService#applyPending}).
 */
@TransactionScoped
public class PendingChanges extends Gathered<PendingChanges.Change> {

    /** A decision or a retraction of what a meeting said about a case. */
    sealed interface Change {
        String caseNumber();

        String meetingId();

        String traceparent();
    }

    record Decision(CaseStatement statement, String traceparent) implements Change {
        @Override
        public String caseNumber() {
            return statement.caseNumber();
        }

        @Override
        public String meetingId() {
            return statement.meetingId();
        }
    }

    record Retraction(String caseNumber, String meetingId, int revision, String traceparent) implements Change {
    }
}
