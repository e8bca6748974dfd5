package dk.sagsspor.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The set-up chores of deploy/local, for machines that have a JDK but no psql or Kafka tools:
 * <pre>
 *   databases create JDBC_URL_OF_POSTGRES_DB USER DB...   creates the missing ones, prints each it created
 *   databases drop   JDBC_URL_OF_POSTGRES_DB USER DB...   drops them (WITH FORCE)
 *   databases analyze JDBC_URL_OF_POSTGRES_DB USER DB...  gathers the planner's statistics in each (ANALYZE), as
 *                                                         autovacuum would: after a bulk load, before it has, or
 *                                                         on a server that runs without it
 *   autovacuum JDBC_URL_OF_POSTGRES_DB USER on|off         sets the server's autovacuum (ALTER SYSTEM, then a reload)
 *                                                         and prints what it was: benchmarks/pipeline.sh measures
 *                                                         with it on, as PostgreSQL runs by default
 *   topics BOOTSTRAP PARTITIONS TOPIC...                  creates the missing topics
 *   keys DIR                                              makes the token signing key pair in DIR unless it is there
 *   token DIR ISSUER AUDIENCE [ROLE...]                   prints a token signed with DIR's key, valid for an hour,
 *                                                         with these roles (writer, reader or full names; none: all)
 * </pre>
 */
public final class LocalSetupMain {

    private LocalSetupMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("databases")) {
            databases(args[1], args[2], args[3], Arrays.asList(args).subList(4, args.length));
        } else if (args.length == 4 && args[0].equals("autovacuum") && args[3].matches("on|off")) {
            System.out.println(autovacuum(args[1], args[2], args[3]));
        } else if (args.length >= 4 && args[0].equals("topics")) {
            topics(args[1], Integer.parseInt(args[2]), Arrays.asList(args).subList(3, args.length));
        } else if (args.length == 2 && args[0].equals("keys")) {
            Jwts.keyPairIn(Path.of(args[1]));
        } else if (args.length >= 4 && args[0].equals("token")) {
            List<String> roles = Arrays.asList(args).subList(4, args.length);
            for (String role : roles) {
                if (!Jwts.ROLES.contains(Jwts.role(role))) {
                    System.err.println("unknown role " + role + ": writer (" + Jwts.WRITE + ") or reader (" + Jwts.READ + ")");
                    System.exit(64);
                }
            }
            System.out.println(Jwts.claims(args[2], args[3]).subject(System.getProperty("user.name", "local"))
                    .groups((roles.isEmpty() ? Jwts.ROLES : roles).toArray(String[]::new))
                    .sign(Jwts.keyPairIn(Path.of(args[1])).getPrivate()));
        } else {
            System.err.println("usage: databases create|drop|analyze JDBC_URL USER DB... | autovacuum JDBC_URL USER on|off | topics BOOTSTRAP PARTITIONS TOPIC..."
                    + " | keys DIR | token DIR ISSUER AUDIENCE [ROLE...]");
            System.exit(64);
        }
    }

    private static void databases(String action, String url, String user, List<String> names) throws SQLException {
        for (String name : names) {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain database name: " + name);
            }
        }
        if (action.equals("analyze")) {
            for (String name : names) {
                // The URL names the postgres database; each is analysed from a connection to itself.
                try (Connection c = connect(url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), user)) {
                    c.createStatement().execute("analyze");
                    System.out.println(name);
                }
            }
            return;
        }
        try (Connection c = connect(url, user)) {
            for (String name : names) {
                boolean exists;
                try (var rs = c.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    exists = rs.next();
                }
                if (action.equals("create") && !exists) {
                    c.createStatement().execute("create database " + name);
                    System.out.println(name);
                } else if (action.equals("drop") && exists) {
                    c.createStatement().execute("drop database " + name + " with (force)");
                    System.out.println(name);
                }
            }
        }
    }

    /** Sets the server's autovacuum; returns what it was. */
    private static String autovacuum(String url, String user, String value) throws SQLException {
        try (Connection c = connect(url, user); var rs = c.createStatement().executeQuery("show autovacuum")) {
            rs.next();
            String was = rs.getString(1);
            c.createStatement().execute("alter system set autovacuum = " + value);
            c.createStatement().execute("select pg_reload_conf()");
            return was;
        }
    }

    private static Connection connect(String url, String user) throws SQLException {
        return DriverManager.getConnection(url, user, System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    private static void topics(String bootstrap, int partitions, List<String> names)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, partitions, (short) 1)).toList();
            admin.createTopics(missing).all().get();
            missing.forEach(t -> System.out.println(t.name()));
        }
    }
}
