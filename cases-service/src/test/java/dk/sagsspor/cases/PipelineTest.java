package dk.sagsspor.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import dk.sagsspor.testsupport.PostgresServer;
import dk.sagsspor.testsupport.ServiceProcess;
import dk.sagsspor.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole path: minutes posted to the real ingest-service travel over the real broker to this service, whose
 * timeline then matches the golden one, and whose case-updated event is seen on the topic and on the SSE stream.
 */
@QuarkusTest
class PipelineTest {

    private static final String CASE = "25-008999";

    @Inject
    EntityManager em;

    @TestHTTPResource("/cases/" + CASE + "/events")
    URI caseEvents;

    @Test
    void postedMinutesBecomeATimelineAndALiveUpdate() throws Exception {
        new CaseFeed(em).reset();
        long updatesBefore = caseUpdatesOnTopic();
        try (ServiceProcess ingest = startIngest("pipeline_ingest");
             SseClient stream = new SseClient(caseEvents)) {
            post(ingest, "000");
            post(ingest, "001");

            await().atMost(Duration.ofSeconds(90)).until(() ->
                    given().get("/cases/" + CASE).statusCode() == 200
                            && "su".equals(given().get("/cases/" + CASE).path("steps[3].committee.id")));
            GoldenCases.assertMatches(CASE, given().get("/cases/" + CASE).as(JsonNode.class), "after the pipeline");
            await().atMost(Duration.ofSeconds(60)).until(() -> caseUpdatesOnTopic() > updatesBefore);
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.received("\"caseNumber\":\"" + CASE + "\""));
        }
    }

    /**
     * The real ingest-service from its packaged jar, against the same broker and its own fresh database, trusting the
     * tests' token key: a test follows a document from POST /documents to a case timeline.
     */
    private static ServiceProcess startIngest(String database) throws IOException {
        PostgresServer postgres = PostgresServer.get();
        postgres.recreateDatabase(database);
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", KafkaBrokerResource.broker().bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password()));
        environment.putAll(TestTokens.verifierEnvironment());
        return new ServiceProcess("ingest-service", "ingest-service-process", "256m", environment,
                Duration.ofSeconds(90));
    }

    private static void post(ServiceProcess ingest, String seed) {
        given().baseUri(ingest.uri("").toString()).auth().oauth2(TestTokens.writer())
                .contentType("text/plain; charset=UTF-8").body(Seeds.bytes(seed))
                .when().post("/documents")
                .then().statusCode(equalTo(201));
    }

    private static long caseUpdatesOnTopic() {
        return KafkaTestConsumer.readAll(KafkaBrokerResource.broker().bootstrapServers(), Topics.CASE_UPDATED,
                Duration.ofSeconds(1)).stream().filter(r -> CASE.equals(r.key())).count();
    }
}
