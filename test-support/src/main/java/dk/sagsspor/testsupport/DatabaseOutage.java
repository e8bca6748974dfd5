package dk.sagsspor.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One database of the test's PostgreSQL refusing connections, as in an outage, until {@link #close()}: no new
 * connection gets in ({@code ALLOW_CONNECTIONS false}, which holds for superusers too) and the open ones are ended
 * ({@code pg_terminate_backend}), so a service's pooled connections break on their next use. The commands run as the
 * test server's superuser from database {@code postgres}, which stays reachable.
 *
 * <pre>
 * try (DatabaseOutage outage = DatabaseOutage.begin(jdbcUrl)) {
 *     // ... the service meets the outage ...
 * } // connections allowed again, also when the test fails
 * </pre>
 */
public final class DatabaseOutage implements AutoCloseable {

    // jdbc:postgresql://host:port/database?parameters; database names are plain identifiers (PostgresServer).
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([a-z_][a-z0-9_]{0,62})(\\?.*)?");

    private final String adminUrl;
    private final String database;

    private DatabaseOutage(String adminUrl, String database) {
        this.adminUrl = adminUrl;
        this.database = database;
    }

    /** Refuses connections to the database {@code jdbcUrl} points at and ends the ones it has. */
    public static DatabaseOutage begin(String jdbcUrl) {
        Matcher url = URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL with a plain database name: " + jdbcUrl);
        }
        DatabaseOutage outage = new DatabaseOutage(url.group(1) + "postgres", url.group(2));
        outage.run("ALTER DATABASE " + outage.database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + outage.database + "'");
        return outage;
    }

    /** Lets connections in again. */
    @Override
    public void close() {
        run("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    private void run(String... statements) {
        try (Connection admin = DriverManager.getConnection(adminUrl, PostgresServer.credentials());
                Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change database " + database + " at " + adminUrl, e);
        }
    }
}
