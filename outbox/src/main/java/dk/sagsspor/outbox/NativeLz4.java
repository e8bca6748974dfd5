package dk.sagsspor.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import net.jpountz.lz4.LZ4Factory;
import org.jboss.logging.Logger;

/**
 * Lets Kafka's clients compress and decompress LZ4 batches (the relays' {@code compression.type=lz4}, every
 * consumer's fetches) with lz4-java's native library instead of its Java code. Kafka asks {@code
 * LZ4Factory.fastestInstance()} for each batch, and that picks the native library only once it is loaded or when
 * lz4-java sits on the system class loader, never the case in a Quarkus application: every batch went through the
 * pure-Java ("safe") compressor, which under the C1 compiler the services run with was a quarter of ingest-service's
 * producer thread (issue 13, docs/performance.md). Loading it here once makes every later batch native. Where the
 * library cannot load (another platform, a temporary directory it may not write or execute from, a class loader of a
 * test that loaded it already), Kafka goes on with the Java code, as before.
 */
@ApplicationScoped
class NativeLz4 {

    private static final Logger LOG = Logger.getLogger(NativeLz4.class);

    void load(@Observes StartupEvent start) {
        try {
            LZ4Factory.nativeInstance();
            LOG.debug("LZ4 through lz4-java's native library");
        } catch (Throwable unavailable) { // UnsatisfiedLinkError and its kin are errors, not exceptions
            LOG.infof("LZ4 in Java (lz4-java's native library did not load: %s)", unavailable);
        }
    }
}
