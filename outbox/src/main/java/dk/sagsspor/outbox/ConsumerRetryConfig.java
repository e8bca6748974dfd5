package dk.sagsspor.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How {@link MessageLog} retries an event whose handling failed ({@code sagsspor.consumer.retry.*}, or
 * SAGSSPOR_CONSUMER_RETRY_* in the environment). The wait doubles from {@code initial-delay} up to {@code max-delay}.
 */
@ConfigMapping(prefix = "sagsspor.consumer.retry")
public interface ConsumerRetryConfig {

    /** The wait before the second attempt. */
    @WithDefault("500ms")
    Duration initialDelay();

    /** The longest wait between two attempts; a database outage is retried at this pace for as long as it lasts. */
    @WithDefault("30s")
    Duration maxDelay();

    /**
     * How many times an event is tried when it fails for a reason that is neither transient nor a known refusal
     * (most likely a bug in the handler) before it goes to the dead-letter topic.
     */
    @WithDefault("3")
    int otherFailureAttempts();
}
