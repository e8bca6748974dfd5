package dk.sagsspor.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Relays the outbox to Kafka: on every tick it sends batches until the outbox is empty or Kafka cannot be reached.
 * Nothing is lost while Kafka is down: the events wait in PostgreSQL and go out, in order, once it is back.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    OutboxPublisher publisher;

    // Delayed so the first run finds the Kafka channel connected.
    @Scheduled(every = "${sagsspor.outbox.relay.interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        OutboxPublisher.BatchResult result;
        do {
            result = publisher.publishBatch();
        } while (result.progressed());
    }
}
