package dk.sagsspor.benchmarks.scale;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the services, started from its packaged jar as a separate process on a free port, against the given broker
 * and database. The reactor builds the services before this module, so the jars are there.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;

    ServiceProcess(String service, String name, Map<String, String> environment) throws IOException {
        Path jar = Path.of("../" + service + "/target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new AssertionError(jar + " is missing: build " + service + " first (./mvnw verify builds it before "
                    + "this module)");
        }
        this.name = name;
        this.port = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/" + name + ".log"));
        builder.environment().putAll(env);
        process = builder.start();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(this::ready);
    }

    /** What the service has logged so far (target/NAME.log). */
    String log() throws IOException {
        return Files.readString(Path.of("target/" + name + ".log"));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The sum of a Prometheus metric's samples at /q/metrics (over all its labels). */
    /** The sum of the metric's series whose labels contain {@code label} (e.g. one consumer's client id). */
    double metric(String metric, String label) throws IOException, InterruptedException {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(l -> l.startsWith(metric + "{") && l.substring(0, l.indexOf('}') + 1).contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited with " + process.exitValue() + "; see target/" + name + ".log");
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL()
                    .openConnection();
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
