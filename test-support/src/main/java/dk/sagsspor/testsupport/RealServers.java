package dk.sagsspor.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every {@code @QuarkusTest} of a module that has test-support on its test classpath runs against a real Kafka broker
 * and a real PostgreSQL: never an in-memory stand-in, because these tests claim to test the flow.
 *
 * <p>Registered once, here, through {@code META-INF/services/io.quarkus.test.common.QuarkusTestResourceLifecycleManager}:
 * Quarkus starts resources found that way for the whole test suite (like a GLOBAL {@code @WithTestResource}), without
 * an annotated class in each module. The database is named after the service ({@code quarkus.application.name}
 * {@code cases-service} gives {@code cases_service_test}) unless {@code -Dsagsspor.test.database=...} names another.
 */
public class RealServers implements QuarkusTestResourceLifecycleManager {

    private final KafkaBrokerResource kafka = new KafkaBrokerResource();
    private final PostgresResource postgres = new PostgresResource();

    @Override
    public void init(Map<String, String> initArgs) {
        postgres.init(Map.of("database", databaseName()));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(kafka.start());
        config.putAll(postgres.start());
        return config;
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }

    static String databaseName() {
        return Optional.ofNullable(System.getProperty("sagsspor.test.database")).orElseGet(() ->
                ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                        .orElse("sagsspor").replaceAll("[^A-Za-z0-9]", "_").toLowerCase() + "_test");
    }
}
