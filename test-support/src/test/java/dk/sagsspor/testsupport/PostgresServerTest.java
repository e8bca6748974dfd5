package dk.sagsspor.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    /** Whichever server get() picks here: the local one on 5432 if it answers (as on CI), else embedded. */
    @Test
    void sharedServerRecreatesDatabases() throws SQLException {
        PostgresServer server = PostgresServer.get();
        System.out.println("PostgresServer.get() chose " + server);
        assertSame(server, PostgresServer.get());
        roundTrip(server, "test_support_shared");
    }

    /** The fallback, started explicitly so it is tested even where 5432 answers. */
    @Test
    void embeddedServerWorks() throws SQLException {
        long t0 = System.nanoTime();
        PostgresServer server = PostgresServer.embedded();
        System.out.printf("Embedded PostgreSQL started in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, server);
        try {
            assertTrue(server.isEmbedded());
            assertNotEquals(PostgresServer.LOCAL_URL + "x", server.jdbcUrl("x"));
            roundTrip(server, "test_support_embedded");
            try (Connection c = connect(server, "test_support_embedded");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("14."), rs.getString(1));
            }
        } finally {
            server.close();
        }
    }

    @Test
    void resourceGivesQuarkusTheDatasource() throws SQLException {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("database", "test_support_resource"));
        Map<String, String> config = resource.start();
        assertEquals(PostgresServer.get().jdbcUrl("test_support_resource"), config.get("quarkus.datasource.jdbc.url"));
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            assertTrue(c.isValid(2));
        }
        resource.stop();
    }

    @Test
    void rejectsDatabaseNamesThatAreNotPlainIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> PostgresServer.get().recreateDatabase("x; DROP TABLE y"));
    }

    private static void roundTrip(PostgresServer server, String database) throws SQLException {
        // Twice: the second recreate must drop the first run's table, even with a connection still open.
        for (int run = 0; run < 2; run++) {
            Connection leftOpen = null;
            if (run == 1) {
                leftOpen = connect(server, database);
            }
            server.recreateDatabase(database);
            try (Connection c = connect(server, database); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE meeting (id int PRIMARY KEY, title text NOT NULL)");
                s.execute("INSERT INTO meeting VALUES (1, 'Økonomiudvalget')");
                try (ResultSet rs = s.executeQuery("SELECT title FROM meeting WHERE id = 1")) {
                    assertTrue(rs.next());
                    assertEquals("Økonomiudvalget", rs.getString(1));
                }
            }
            if (leftOpen != null) {
                assertTrue(leftOpen.isClosed() || !leftOpen.isValid(1), "FORCE closed the old connection");
                leftOpen.close();
            }
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }
}
