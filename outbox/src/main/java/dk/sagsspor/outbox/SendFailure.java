package dk.sagsspor.outbox;

import java.util.Set;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send that failed because of the event itself from one that failed because Kafka is away. Only the first
 * kind may be set aside: a broker outage fails every event alike (timeouts, no metadata), and setting the backlog
 * aside then would stop the relay for good, instead of letting the events wait in order until Kafka is back.
 */
final class SendFailure {

    private static final Set<Class<? extends Exception>> ABOUT_THE_EVENT = Set.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class);

    private SendFailure() {
    }

    static boolean concernsTheEvent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Class<?> type = cause.getClass();
            if (ABOUT_THE_EVENT.stream().anyMatch(known -> known.isAssignableFrom(type))) {
                return true;
            }
        }
        return false;
    }
}
