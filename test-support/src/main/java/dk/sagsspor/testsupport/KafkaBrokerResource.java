package dk.sagsspor.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker (see {@link KafkaBroker}) and points
 * {@code kafka.bootstrap.servers} at it.
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(KafkaBrokerResource.class)
 * class RelayTest { ... KafkaBrokerResource.broker().stop(); ... }
 * </pre>
 *
 * One broker per JVM: if Quarkus starts this resource more than once, the running broker is shared, and it is closed
 * when the last user stops.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private static int users;

    @Override
    public Map<String, String> start() {
        synchronized (KafkaBrokerResource.class) {
            if (broker == null) {
                broker = KafkaBroker.start();
            }
            users++;
            // Dev Services cannot be switched off from here: Quarkus decides on them when it builds the application,
            // before test resources start. Services set quarkus.devservices.enabled=false themselves (see README).
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        }
    }

    @Override
    public void stop() {
        synchronized (KafkaBrokerResource.class) {
            if (broker != null && --users <= 0) {
                broker.close();
                broker = null;
                users = 0;
            }
        }
    }

    /** The running broker, so a test can {@link KafkaBroker#stop()} and {@link KafkaBroker#restart()} it. */
    public static KafkaBroker broker() {
        synchronized (KafkaBrokerResource.class) {
            if (broker == null) {
                throw new IllegalStateException("no Kafka broker is running: annotate the test class with "
                        + "@QuarkusTestResource(KafkaBrokerResource.class)");
            }
            return broker;
        }
    }
}
