package dk.sagsspor.benchmarks.scale;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.benchmarks.corpus.CorpusFiles;
import dk.sagsspor.benchmarks.corpus.CorpusGenerator;
import dk.sagsspor.benchmarks.corpus.CorpusTool;
import dk.sagsspor.benchmarks.corpus.ExpectedTimeline;
import dk.sagsspor.benchmarks.corpus.TimelineCheck;
import dk.sagsspor.testsupport.KafkaBroker;
import dk.sagsspor.testsupport.PostgresServer;
import dk.sagsspor.testsupport.ServiceProcess;
import dk.sagsspor.testsupport.TestTokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale out, shown (issue 13): two cases-service instances in one consumer group, on one database, share the six
 * partitions of agenda-item-decided, and the timelines they build together are exactly the ones a single instance
 * builds: the generator's expected timelines, which benchmarks/pipeline.sh checks one instance against.
 */
class TwoCasesInstancesIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private static final int PARTITIONS = 6;
    private static final String DECIDED = "agenda-item-decided";

    @Test
    void twoInstancesShareThePartitionsAndBuildTheTimelinesOfOne(@TempDir Path corpusDir) throws Exception {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(42).generate(60);
        CorpusFiles.write(corpus, corpusDir);
        PostgresServer postgres = PostgresServer.get();
        postgres.recreateDatabase("scale_ingest");
        postgres.recreateDatabase("scale_cases");
        try (KafkaBroker broker = KafkaBroker.start()) {
            createTopics(broker.bootstrapServers());
            Map<String, String> kafka = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                    "QUARKUS_DATASOURCE_PASSWORD", Optional.ofNullable(postgres.password()).orElse(""));
            try (ServiceProcess ingest = new ServiceProcess("ingest-service", "scale-ingest", "256m",
                    withTokenVerifier(with(kafka, "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("scale_ingest"))), STARTUP);
                 ServiceProcess first = new ServiceProcess("cases-service", "scale-cases-1", "192m",
                         with(kafka, "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("scale_cases")), STARTUP);
                 ServiceProcess second = new ServiceProcess("cases-service", "scale-cases-2", "192m",
                         with(kafka, "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("scale_cases")), STARTUP)) {
                // Both in the group before anything is posted, so each is given its share of the partitions.
                await().atMost(Duration.ofSeconds(90)).until(() -> assigned(first) > 0 && assigned(second) > 0);
                assertEquals(PARTITIONS, (int) (assigned(first) + assigned(second)));

                assertEquals(0, CorpusTool.post(ingest.url(), corpusDir, 4, TestTokens.writer()));
                List<ExpectedTimeline> expected = corpus.timelines();
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> new TimelineCheck(first.url()).mismatches(expected).isEmpty());
                assertEquals(Map.of(), new TimelineCheck(second.url()).mismatches(expected));
                // Each instance consumed decisions of its own partitions (its decisions consumer's own count).
                assertTrue(decisionsMetric(first, RECORDS_CONSUMED) > 0, "the first instance consumed no decision");
                assertTrue(decisionsMetric(second, RECORDS_CONSUMED) > 0, "the second instance consumed no decision");
            }
        }
    }

    /**
     * Partitions of agenda-item-decided the instance's decisions consumer holds (SmallRye names its client after the
     * channel); its other consumer, of meeting-published for the step links, has partitions of its own.
     */
    private static double assigned(ServiceProcess instance) throws Exception {
        return decisionsMetric(instance, "kafka_consumer_coordinator_assigned_partitions");
    }

    /** The Kafka client's count of records the decisions consumer fetched and handed on. */
    private static final String RECORDS_CONSUMED = "kafka_consumer_fetch_manager_records_consumed_total";

    /** A metric of the instance's decisions consumer (summed over its lines, e.g. per topic), from /q/metrics. */
    private static double decisionsMetric(ServiceProcess instance, String name) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(instance.uri("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith(name + "{")
                        && line.substring(0, line.indexOf('}')).contains("kafka-consumer-decisions"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** ingest-service takes writes only with a token it can verify: the test's own key, issuer and audience. */
    private static Map<String, String> withTokenVerifier(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(TestTokens.verifierEnvironment());
        return all;
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> all = new HashMap<>(env);
        all.put(key, value);
        return all;
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of("meeting-published", DECIDED, "case-updated").stream()
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList()).all().get();
        }
    }
}
