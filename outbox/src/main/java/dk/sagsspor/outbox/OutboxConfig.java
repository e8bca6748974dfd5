package dk.sagsspor.outbox;

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

        /** How many events one relay transaction sends at most. */
        @WithDefault("100")
        int batchSize();
    }
}
