package dk.sagsspor.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) running in a forked JVM.
 *
 * <p>The broker runs in its own JVM so that Kafka's server jars (Scala, kafka-server, log4j, ...) never land on the
 * test's classpath, where they would clash with what Quarkus brings. Its classpath is the file
 * {@code kafka-broker.classpath} that Maven writes next to this class at build time.
 *
 * <p>{@link #stop()} and {@link #restart()} keep the ports and the data, so a test can take the broker away and bring
 * it back (e.g. to see an outbox relay retry). {@link #close()} stops it and deletes the data.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final String classpath;
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Path log;
    private final Thread shutdownHook;
    private volatile Process process;

    private KafkaBroker(String classpath, int port, int controllerPort, Path dataDir) {
        this.classpath = classpath;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.log = dataDir.resolve("broker.log");
        // A forked broker must never outlive the test JVM (it would hold a port and ~400 MB).
        this.shutdownHook = new Thread(this::kill, "kafka-broker-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats a fresh data directory, starts the broker on free ports and returns once it answers. */
    public static KafkaBroker start() {
        String classpath = brokerClasspath();
        int port = freePort();
        int controllerPort = freePort();
        while (controllerPort == port) {
            controllerPort = freePort();
        }
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("sagsspor-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaBroker broker = new KafkaBroker(classpath, port, controllerPort, dataDir);
        try {
            broker.writeConfig();
            broker.format();
            broker.launch();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** For Kafka clients: {@code 127.0.0.1:<port>}. Stays the same across {@link #stop()} and {@link #restart()}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The directory holding the broker's config, data and {@code broker.log}. */
    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the broker process; the ports and the data stay, so {@link #restart()} brings the same broker back. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy(); // SIGTERM: Kafka shuts down cleanly, so the restart need not recover its logs
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the broker again on the same ports with the same data and waits until it answers. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /** Stops the broker and deletes its data directory. */
    @Override
    public synchronized void close() {
        stop();
        deleteDataDir();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; nothing left to do
        }
    }

    // ---- the steps of start() ----

    private void writeConfig() {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                // One node: every internal topic must make do with one replica.
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // Consumer groups start at once instead of after the default 3 s.
                "group.initial.rebalance.delay.ms=0",
                // Small segments and buffers: tests write little, and the broker's heap is small.
                "log.segment.bytes=1048576",
                "log.cleaner.dedupe.buffer.size=8388608",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "");
        String log4j = String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.out.ref=out",
                "");
        try {
            Files.writeString(dataDir.resolve("server.properties"), config);
            Files.writeString(dataDir.resolve("log4j2.properties"), log4j);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** KRaft needs its storage formatted with a cluster id before the first start. */
    private void format() {
        Path formatLog = dataDir.resolve("format.log");
        Process format = startJava(formatLog, "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", dataDir.resolve("server.properties").toString());
        try {
            if (!format.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("Kafka storage format timed out\n" + tail(formatLog));
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("Kafka storage format failed (exit " + format.exitValue() + ")\n"
                    + tail(formatLog));
        }
    }

    private void launch() {
        awaitPortFree(port);
        awaitPortFree(controllerPort);
        process = startJava(log, "kafka.Kafka", dataDir.resolve("server.properties").toString());
        awaitReady();
    }

    private Process startJava(Path output, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx384m",
                // A small, short-lived server on a 2-core machine: start fast (C1 only), few GC threads.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties").toUri(),
                "-cp", classpath,
                mainClass));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    // append: a restart adds to the same log rather than wiping the earlier run
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        }
    }

    /** Ready means an AdminClient can describe the cluster and sees our broker. */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        // Wait for the port first: an AdminClient polling a closed port logs a warning ten times a second.
        while (!accepts(port)) {
            checkAlive();
            if (System.nanoTime() > deadline) {
                failNotReady();
            }
            sleep(100);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                checkAlive();
                try {
                    var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
                    if (!cluster.nodes().get().isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                } catch (Exception notYet) {
                    // not registered yet: try again
                }
                sleep(100);
            }
        }
        failNotReady();
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "\n" + tail(log));
        }
    }

    private void failNotReady() {
        String tail = tail(log);
        stop();
        throw new IllegalStateException("Kafka broker not ready after " + READY_TIMEOUT.toSeconds() + " s\n" + tail);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    // ---- helpers ----

    private static String brokerClasspath() {
        String classpath;
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: it is written by Maven "
                        + "(maven-dependency-plugin build-classpath) when test-support is built; build it with ./mvnw");
            }
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The paths point into the local Maven repository of the machine that built test-support.
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(entry))) {
                throw new IllegalStateException("Kafka broker jar " + entry + " does not exist; "
                        + "rebuild test-support on this machine (./mvnw -pl test-support install)");
            }
        }
        return classpath;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a stop the old process may hold a port for a moment; starting too soon would fail to bind. */
    private static void awaitPortFree(int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return;
            } catch (IOException inUse) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("port " + port + " is still in use", inUse);
                }
                sleep(100);
            }
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return "--- last lines of " + file + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The shutdown hook: no clean shutdown, the JVM is going away. */
    private void kill() {
        Process p = process;
        if (p != null) {
            p.destroyForcibly();
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }
        deleteDataDir();
    }

    private void deleteDataDir() {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // temp files: leave them rather than fail a test over it
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + dataDir + "]";
    }
}
