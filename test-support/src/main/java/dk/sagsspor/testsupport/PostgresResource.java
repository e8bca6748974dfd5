package dk.sagsspor.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} an empty database on a real PostgreSQL (see {@link PostgresServer}) and points the
 * default datasource at it. Init arg {@code database} names it (default {@code sagsspor_test}); each service should
 * use its own name, since the database is dropped and created anew when the resource starts.
 *
 * <p>The service must still set {@code quarkus.devservices.enabled=false} in its application.properties: Quarkus
 * decides on Dev Services when it builds the application, before any test resource starts.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "sagsspor_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.get();
        server.recreateDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // The server is shared by the whole JVM; the database is kept for a look after a failed run.
    }
}
