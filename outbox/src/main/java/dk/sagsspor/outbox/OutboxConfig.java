package dk.sagsspor.outbox;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of the outbox ({@code sagsspor.outbox.*}, or SAGSSPOR_OUTBOX_* in the environment). */
@ConfigMapping(prefix = "sagsspor.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code ce_source} of the events this service publishes, e.g. {@code urn:sagsspor:ingest-service}. */
    String source();

    Relay relay();

    interface Relay {

        /** How often the relay looks for unpublished events. */
        @WithDefault("1s")
        Duration interval();

        /**
         * How many events one relay transaction sends at most. Kept under the Kafka sink's max-inflight-messages
         * (1024), since a round of the batch is in flight at once.
         */
        @WithDefault("500")
        int batchSize();

        /** How often an event the broker refuses as such (too large, invalid topic) is tried before it is set aside. */
        @WithDefault("10")
        int maxAttempts();

        /**
         * The largest payload the relay sends; a larger event is set aside at once. Under the broker's default
         * message limit of 1 MB (message.max.bytes, and the producer's max.request.size), leaving room for the key
         * and headers.
         */
        @WithDefault("900K")
        MemorySize maxPayloadSize();

        /**
         * Whether a sent event's row stays (marked published, with its place in the send order) or is deleted as it
         * is sent. Kept by default: a record of what was sent, and what cases-service's stream replays to a client
         * that reconnects. A service nothing reads sent events from may delete them: marking a row published wrote
         * it whole again with three new index entries, where deleting it writes a few bytes (issue 13). Rows not sent
         * (failed, set aside) stay either way.
         */
        @WithDefault("true")
        boolean keepSent();
    }

    Metrics metrics();

    interface Metrics {

        /** How often the outbox gauges (pending, oldest pending, set aside) are read from the table. */
        @WithDefault("15s")
        Duration interval();
    }
}
