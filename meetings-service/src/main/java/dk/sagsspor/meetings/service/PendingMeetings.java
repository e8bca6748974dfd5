package dk.sagsspor.meetings.service;

import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.outbox.Gathered;
import jakarta.transaction.TransactionScoped;

/**
 * The meetings published and withdrawn in the current consumer transaction, in the order they came; applied together
 * at its end ({@link MeetingUpdateService#applyPending}). Scoped to the transaction: a batch tried again starts from
 * nothing.
 */
@TransactionScoped
public class PendingMeetings extends Gathered<PendingMeetings.Change> {

    /** A version of a meeting's minutes published, or every version withdrawn. */
    sealed interface Change {
        String meetingId();
    }

    record Published(MeetingPublishedV1 event) implements Change {
        @Override
        public String meetingId() {
            return event.meetingId();
        }
    }

    record Withdrawn(MeetingWithdrawnV1 event) implements Change {
        @Override
        public String meetingId() {
            return event.meeting().id();
        }
    }
}
