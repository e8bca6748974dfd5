package dk.sagsspor.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.testsupport.KafkaTestConsumer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * cases-service killed with SIGKILL in the middle of a stream of decisions and started again (issue 11, point 7):
 * no decision lost, no step twice. The decisions are a backlog on {@code agenda-item-decided} written while the
 * service was stopped, so that it is certainly still working through them when it dies; the committed offsets short of
 * the end, read after the kill, show that it was.
 */
final class CasesServiceKilled {

    private static final String TOPIC = "agenda-item-decided";
    private static final String GROUP = "cases-service";

    private final Path root;
    private final String ingest;
    private final String cases;
    private final String kafka;
    private final String writer;
    private final Runnable startMissingServices;

    /** @param writer a bearer token with the role documents:write */
    CasesServiceKilled(Path root, String ingest, String cases, String kafka, String writer,
                       Runnable startMissingServices) {
        this.root = root;
        this.ingest = ingest;
        this.cases = cases;
        this.kafka = kafka;
        this.writer = writer;
        this.startMissingServices = startMissingServices;
    }

    void check() {
        SyntheticMinutes corpus = SyntheticMinutes.write(60, 10, 150);
        String before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();

        stop(casesService(), false);
        for (byte[] minutes : corpus.documents()) {
            given().auth().oauth2(writer).contentType("text/plain").body(minutes).post(ingest + "/documents")
                    .then().statusCode(201);
        }
        // Every decision on the topic before the service starts again: a backlog it must work through.
        await().atMost(Duration.ofSeconds(180)).until(() -> outboxPending() == 0);

        startMissingServices.run();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> casesTouchedSince(before) >= corpus.expected().size() / 10);
        int touchedAtKill = casesTouchedSince(before);
        stop(casesService(), true);
        long lagAtKill = committedLag();
        long restarted = System.nanoTime();
        assertTrue(lagAtKill > 0, "killed in the middle of the stream: " + lagAtKill + " decisions not yet committed");

        startMissingServices.run();
        await().atMost(Duration.ofSeconds(180)).until(() -> casesTouchedSince(before) == corpus.expected().size()
                && corpus.expected().entrySet().stream().allMatch(c -> steps(c.getKey()).size() == c.getValue().size()));
        System.out.printf(Locale.ROOT, "cases-service killed with %d of %d cases begun and %d of %d decisions not "
                + "committed; every timeline right %d ms after the restart began%n", touchedAtKill,
                corpus.expected().size(), lagAtKill, corpus.decisions(),
                Duration.ofNanos(System.nanoTime() - restarted).toMillis());
        for (Map.Entry<String, List<String>> expected : corpus.expected().entrySet()) {
            JsonPath timeline = given().get(cases + "/cases/" + expected.getKey()).then().statusCode(200).extract().jsonPath();
            assertEquals(expected.getValue(), steps(timeline), expected.getKey() + ": no decision lost, no step twice");
            assertEquals(expected.getValue().size(), timeline.getList("steps.sources.flatten()").size(),
                    expected.getKey() + ": each decision is one source of one step");
        }
        assertTrue(KafkaTestConsumer.readAll(kafka, TOPIC + ".dlq", Duration.ofSeconds(2)).stream()
                .noneMatch(r -> corpus.expected().containsKey(r.key())), "none of the decisions was dead-lettered");
    }

    private List<String> steps(String caseNumber) {
        Response response = given().get(cases + "/cases/" + caseNumber);
        return response.statusCode() == 200 ? steps(response.jsonPath()) : List.of();
    }

    private static List<String> steps(JsonPath timeline) {
        List<String> committees = timeline.getList("steps.committee.id");
        List<String> dates = timeline.getList("steps.date");
        return IntStream.range(0, committees.size())
                .mapToObj(i -> committees.get(i) + " on " + dates.get(i)).toList();
    }

    private int casesTouchedSince(String instant) {
        Response response = given().queryParam("modifiedSince", instant).queryParam("size", 1).get(cases + "/cases");
        return response.statusCode() == 200 ? Integer.parseInt(response.header("X-Total-Count")) : -1;
    }

    private double outboxPending() {
        String metrics = given().get(ingest + "/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("sagsspor_outbox_pending "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private ProcessHandle casesService() {
        try {
            long pid = Long.parseLong(Files.readString(root.resolve(".sagsspor/cases-service.pid")).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("cases-service is not running"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM (a clean stop) or SIGKILL (a crash), then waits for the process to be gone. */
    private static void stop(ProcessHandle process, boolean kill) {
        boolean signalled = kill ? process.destroyForcibly() : process.destroy();
        assertTrue(signalled, "could not signal pid " + process.pid());
        await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
    }

    /** Decisions on the topic that the cases-service group has not committed: its unfinished work. */
    private long committedLag() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .mapToLong(end -> end.getValue().offset() - (committed.containsKey(end.getKey())
                            ? committed.get(end.getKey()).offset() : 0))
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("cannot read the offsets of " + GROUP + " on " + TOPIC, e);
        }
    }
}
