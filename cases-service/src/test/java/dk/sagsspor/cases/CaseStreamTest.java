package dk.sagsspor.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.CaseUpdatedV2;
import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** case-updated as integrators use it: a topic to build every case from, and a stream that resumes. */
@QuarkusTest
class CaseStreamTest {

    @Inject
    EntityManager em;

    @TestHTTPResource("/cases/stream")
    URI stream;

    /**
     * A new consumer reads case-updated from the beginning, keeps the last payload per case, and has every case just
     * as GET /cases/{n} answers it.
     */
    @Test
    void everyCaseBuiltFromTheTopicAloneIsWhatTheApiAnswers() {
        CaseFeed feed = new CaseFeed(em);
        List<AgendaItemDecidedV1> events = new ArrayList<>();
        List.of("000", "001", "002").forEach(seed -> events.addAll(DocumentEvents.ofSeed(seed)));
        // Earlier tests started from an empty database too; what they published is not this history.
        long start = System.currentTimeMillis();
        feed.resetAndFeed(events);
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.unpublishedEvents() == 0);

        Map<String, CaseUpdatedV2> latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : KafkaTestConsumer.readAll(bootstrap(), Topics.CASE_UPDATED,
                Duration.ofSeconds(30))) {
            if (record.timestamp() >= start && EventTypes.CASE_UPDATED_V2.equals(KafkaTestConsumer.headers(record).get(CloudEventHeaders.TYPE))) {
                CaseUpdatedV2 update = EventJson.read(record.value(), CaseUpdatedV2.class);
                latest.merge(record.key(), update, (a, b) -> a.revision() > b.revision() ? a : b);
            }
        }
        List<String> cases = events.stream().map(AgendaItemDecidedV1::caseNumber).distinct().toList();
        for (String caseNumber : cases) {
            CaseUpdatedV2 update = latest.get(caseNumber);
            JsonNode served = given().get("/cases/" + caseNumber).then().statusCode(200).extract().as(JsonNode.class);
            // The API adds links to the case the event carries (issue 14); without them they are the same.
            assertEquals(GoldenCases.withoutLinks(served), EventJson.tree(EventJson.write(update.caseState())), caseNumber);
            assertEquals(served.get("revision").asLong(), update.revision());
        }
    }

    @Test
    void caseUpdatedIsCompactedAndKeptForEver() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (Admin admin = Admin.create(props)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CASE_UPDATED);
            Config config = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertEquals("compact", config.get("cleanup.policy").value());
            assertEquals("-1", config.get("retention.ms").value());
        }
    }

    /** A client that drops out, misses three updates and reconnects with Last-Event-ID gets exactly those three. */
    @Test
    void aReconnectingClientGetsExactlyWhatItMissed() {
        CaseFeed feed = new CaseFeed(em);
        String seen;
        try (SseClient client = new SseClient(stream)) {
            // The stream starts at the newest update, so keep deciding new cases until one is seen.
            List<String> decided = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                decided.add(feed.decideANewCase());
                return decided.stream().anyMatch(client::received);
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> decided.stream().allMatch(client::received));
            List<SseClient.Event> events = client.events();
            assertThat(events.stream().map(SseClient.Event::name).toList(), everyItem(is("case-updated")));
            seen = events.get(events.size() - 1).id();
        }

        List<String> missed = List.of(feed.decideANewCase(), feed.decideANewCase(), feed.decideANewCase());
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.unpublishedEvents() == 0);

        try (SseClient resumed = new SseClient(stream, seen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> resumed.events().size() >= 3);
            List<SseClient.Event> events = resumed.events();
            assertEquals(missed, events.stream().map(e -> EventJson.tree(e.data()).get("caseNumber").asText()).toList());
            assertTrue(events.stream().allMatch(e -> Long.parseLong(e.id()) > Long.parseLong(seen)));
            assertEquals(3, events.size(), "nothing before the last id seen, nothing twice");
        }
    }

    @Test
    void theStreamFiltersByCaseAndRejectsABadLastEventId() {
        CaseFeed feed = new CaseFeed(em);
        try (SseClient other = new SseClient(URI.create(stream + "?case=99-999999"));
             SseClient all = new SseClient(stream)) {
            List<String> decided = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                decided.add(feed.decideANewCase());
                return decided.stream().anyMatch(all::received);
            });
            assertEquals(List.of(), other.events());
            // An idle stream still hears from the service: a comment line every keep-alive interval (2 s in tests).
            await().atMost(Duration.ofSeconds(30)).until(() -> other.comments() > 0);
        }
        given().header("Last-Event-ID", "yesterday").get("/cases/stream").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * A client too far behind (more than sagsspor.stream.max-replay updates, 5 in tests) is told how to catch up
     * instead of being replayed the whole history.
     */
    @Test
    void aClientTooFarBehindIsToldToResyncFromTheList() {
        CaseFeed feed = new CaseFeed(em);
        for (int i = 0; i < 6; i++) {
            feed.decideANewCase();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> feed.unpublishedEvents() == 0);
        given().header("Last-Event-ID", "0").get("/cases/stream").then().statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("too many to replay"))
                .body("detail", containsString("/cases?modifiedSince="));
    }

    private static String bootstrap() {
        return KafkaBrokerResource.broker().bootstrapServers();
    }
}
