package dk.sagsspor.meetings.service;

import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.outbox.EventHandler;
import dk.sagsspor.outbox.MessageLog;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes meeting-published and meeting-withdrawn through the message log (type and version checked, each event
 * applied once), a poll's records in one transaction that ends by writing its meetings together; a record that can
 * never be processed goes to the dead-letter topic (configuration), a batch that failed for a passing reason (database
 * away, lock timeout) is retried in place by the message log.
 */
@ApplicationScoped
public class MeetingConsumer {

    private final MessageLog log;
    private final List<EventHandler<?>> handlers;
    private final Runnable writeMeetings;

    MeetingConsumer(MessageLog log, MeetingUpdateService meetings) {
        this.log = log;
        this.handlers = List.of(
                new EventHandler<>(EventTypes.MEETING_PUBLISHED_V1, MeetingPublishedV1.class,
                        MeetingPublishedV1.SCHEMA_VERSION, meetings::apply),
                new EventHandler<>(EventTypes.MEETING_WITHDRAWN_V1, MeetingWithdrawnV1.class,
                        MeetingWithdrawnV1.SCHEMA_VERSION, meetings::withdraw));
        // Last in each batch's transaction: the batch's meetings written together.
        this.writeMeetings = meetings::applyPending;
    }

    @Incoming("meetings")
    @Blocking
    public CompletionStage<Void> onMeetings(KafkaRecordBatch<String, byte[]> records) {
        return log.consume(records, handlers, writeMeetings);
    }
}
