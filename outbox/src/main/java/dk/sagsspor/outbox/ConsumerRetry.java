package dk.sagsspor.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Tries one record's processing until it is done or can never be done, in the consumer's own thread: the record's
 * offset is not committed meanwhile and the records after it (same partition, so same key) wait, so per-key order is
 * kept. Transient failures ({@link FailureKind#TRANSIENT}) are retried for as long as they last, with exponential
 * backoff; other failures a few times, then they become an {@link UnprocessableEventException} for the dead-letter
 * topic. SmallRye's Kafka connector pauses fetching while the consumer is busy, so a long wait does not cost the
 * consumer its partitions.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final ConsumerRetryConfig config;
    private final EventMetrics metrics;

    ConsumerRetry(ConsumerRetryConfig config, EventMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * @param attempt one try, each in a transaction of its own
     * @throws UnprocessableEventException when the record can never be processed, or failed too often otherwise
     */
    <T> T untilDone(String topic, String record, Supplier<T> attempt) {
        return untilDone(topic, record, config.otherFailureAttempts(), attempt);
    }

    /**
     * As {@link #untilDone(String, String, Supplier)}, with another number of tries for a failure that is neither
     * transient nor unprocessable (a batch gives up at once and is split into its records).
     */
    <T> T untilDone(String topic, String record, int otherFailureAttempts, Supplier<T> attempt) {
        int otherFailures = 0;
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                FailureKind kind = FailureKind.of(failure);
                if (kind == FailureKind.UNPROCESSABLE) {
                    throw failure;
                }
                if (kind == FailureKind.OTHER && ++otherFailures >= otherFailureAttempts) {
                    throw new UnprocessableEventException("failed " + otherFailures + " times, last with "
                            + failure, failure);
                }
                Duration wait = delay(tries);
                LOG.warnf("%s on %s failed (%s, attempt %d), trying again in %d ms: %s", record, topic,
                        kind.name().toLowerCase(), tries, wait.toMillis(), failure);
                metrics.retried(topic, kind);
                sleep(wait, failure);
            }
        }
    }

    /** initial-delay, doubled after each failed attempt, at most max-delay. */
    Duration delay(int failedAttempts) {
        Duration wait = config.initialDelay();
        for (int i = 1; i < failedAttempts && wait.compareTo(config.maxDelay()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : wait;
    }

    /** Interrupted (the application stops): give up with the last failure, for the channel's failure strategy. */
    private static void sleep(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
