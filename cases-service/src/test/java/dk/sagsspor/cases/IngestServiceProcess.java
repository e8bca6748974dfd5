package dk.sagsspor.cases;

import static org.awaitility.Awaitility.await;

import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.PostgresServer;
import dk.sagsspor.testsupport.TestTokens;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real ingest-service, started from its packaged jar as a separate process against the same broker, so a test
 * can follow a document from POST /documents to a case timeline. ./mvnw verify builds ingest-service before this
 * module, so the jar is there.
 */
final class IngestServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("../ingest-service/target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();

    private final Process process;
    private final int port;

    IngestServiceProcess(String database) throws IOException {
        if (!Files.exists(JAR)) {
            throw new AssertionError(JAR + " is missing: build ingest-service first (./mvnw verify builds it before cases-service)");
        }
        PostgresServer postgres = PostgresServer.get();
        postgres.recreateDatabase(database);
        port = freePort();
        File log = new File("target/ingest-service-process.log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "KAFKA_BOOTSTRAP_SERVERS", KafkaBrokerResource.broker().bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password()));
        // It trusts the tests' token key, so a test posts with TestTokens.writer().
        builder.environment().putAll(TestTokens.verifierEnvironment());
        process = builder.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(this::ready);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new AssertionError("ingest-service exited with " + process.exitValue() + "; see target/ingest-service-process.log");
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) uri("/q/health/ready").toURL().openConnection();
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
