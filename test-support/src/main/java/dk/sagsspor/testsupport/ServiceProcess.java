package dk.sagsspor.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the services, started from its packaged jar ({@code ../SERVICE/target/quarkus-app}) as a separate process on a
 * free port, with the given environment; ready when its /q/health/ready answers 200. The reactor builds the services
 * before the modules whose tests start them, so the jars are there. Its output goes to {@code target/NAME.log}.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;

    public ServiceProcess(String service, String name, String maxHeap, Map<String, String> environment,
                          Duration startup) throws IOException {
        Path jar = Path.of("../" + service + "/target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new AssertionError(jar + " is missing: build " + service + " first (./mvnw verify builds it before "
                    + "the modules whose tests start it)");
        }
        this.name = name;
        this.port = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/" + name + ".log"));
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady(startup);
    }

    /** What the service has logged so far (target/NAME.log). */
    public String log() throws IOException {
        return Files.readString(Path.of("target/" + name + ".log"));
    }

    public URI uri(String path) {
        return URI.create(url() + path);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Polls readiness until it answers 200; fails at once when the process has exited. */
    private void awaitReady(Duration startup) throws IOException {
        long deadline = System.nanoTime() + startup.toNanos();
        while (!ready()) {
            if (System.nanoTime() > deadline) {
                close();
                throw new AssertionError(name + " not ready within " + startup + "; see target/" + name + ".log");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + name + " started", e);
            }
        }
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited with " + process.exitValue() + "; see target/" + name + ".log");
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) uri("/q/health/ready").toURL().openConnection();
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
