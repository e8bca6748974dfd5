package dk.sagsspor.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Typed configuration of ingest-service ({@code sagsspor.ingest.*}, or SAGSSPOR_INGEST_* in the environment). */
@ConfigMapping(prefix = "sagsspor.ingest")
public interface IngestConfig {

    /** Documents above this size are refused with 413. */
    MemorySize maxDocumentSize();

    /** The CloudEvents {@code ce_source} of the events this service publishes. */
    String source();

    Relay relay();

    interface Relay {

        /** How often the outbox relay looks for unpublished events. */
        Duration interval();

        /** How many events one relay transaction sends at most. */
        int batchSize();
    }
}
