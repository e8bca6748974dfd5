package dk.sagsspor.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import net.jpountz.lz4.LZ4Factory;
import org.jboss.logging.Logger;

/**
 * Lets Kafka's clients compress and decompress LZ4 batches (the relays' {@code compression.type=lz4}, every
 * consumer's fetches) with lz4-java's native library instead of its Java code. Kafka asks {@code
 * LZ4Factory.fastestInstance()}, which picks the native library only once it is loaded or when lz4-java sits on the
 * system class loader, never the case in a Quarkus application: every batch went through the pure-Java ("safe")
 * compressor, which under the C1 compiler the services run with was a quarter of ingest-service's producer thread
 * (issue 13, docs/performance.md). Loaded first thing at startup, before the messaging channels start: a producer asks
 * for its compressor per batch, but Kafka's LZ4 reader takes its decompressor once per class loader, at the first
 * fetch it reads. Where the library cannot load (another platform, a temporary directory it may not write to or run
 * from), Kafka goes on with the Java code, as before.
 */
@ApplicationScoped
class NativeLz4 {

    private static final Logger LOG = Logger.getLogger(NativeLz4.class);

    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        try {
            LZ4Factory.nativeInstance();
            LOG.info("Kafka's LZ4 through lz4-java's native library");
        } catch (LinkageError | RuntimeException unavailable) { // UnsatisfiedLinkError is a LinkageError
            LOG.infof("Kafka's LZ4 in Java (lz4-java's native library did not load: %s)", unavailable);
        }
    }
}
