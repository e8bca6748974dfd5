package dk.sagsspor.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** Typed configuration of ingest-service ({@code sagsspor.ingest.*}, or SAGSSPOR_INGEST_* in the environment). */
@ConfigMapping(prefix = "sagsspor.ingest")
public interface IngestConfig {

    /** Documents above this size are refused with 413. */
    MemorySize maxDocumentSize();

}
