package dk.sagsspor.cases;

import dk.sagsspor.minutesevents.DocumentEvents;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events of seeds 000, 001 and 002 through the real broker into the real database, in every order. */
@QuarkusTest
class CaseTimelinesOverKafkaTest {

    @ConfigProperty(name = "mp.messaging.incoming.decisions.group.id")
    String consumerGroup;

    @Inject
    EntityManager em;

    private CaseFeed feed;

    @BeforeEach
    void feed() {
        feed = new CaseFeed(em);
    }

    @Test
    void goldenTimelinesInAllSixOrders() {
        List<List<String>> orders = List.of(List.of("000", "001", "002"), List.of("000", "002", "001"),
                List.of("001", "000", "002"), List.of("001", "002", "000"), List.of("002", "000", "001"),
                List.of("002", "001", "000"));
        for (List<String> order : orders) {
            List<AgendaItemDecidedV1> events = new ArrayList<>();
            order.forEach(seed -> events.addAll(DocumentEvents.ofSeed(seed)));
            feed.resetAndFeed(events);
            for (String caseNumber : GoldenCases.CASES) {
                JsonNode actual = given().when().get("/cases/" + caseNumber)
                        .then().statusCode(200).extract().as(JsonNode.class);
                GoldenCases.assertMatches(caseNumber, actual, "order " + order);
            }
        }
    }

    @Test
    void duplicatesChangeNothingAndANewerVersionReplacesTheOlder() {
        List<AgendaItemDecidedV1> seeds = new ArrayList<>();
        List.of("000", "001", "002").forEach(seed -> seeds.addAll(DocumentEvents.ofSeed(seed)));
        feed.resetAndFeed(seeds);
        long updates = feed.caseUpdatedEvents();

        feed.publish(seeds);
        // Wait until the service has consumed (and committed) the redelivery, then check it changed nothing.
        KafkaTestConsumer.awaitCaughtUp(KafkaBrokerResource.broker().bootstrapServers(), consumerGroup,
                Topics.AGENDA_ITEM_DECIDED, Duration.ofSeconds(60));
        assertEquals(seeds.size(), feed.processedEvents(), "redelivered events are recognised");
        assertEquals(updates, feed.caseUpdatedEvents(), "and publish nothing");

        // Another file of the SU minutes of 2025-12-11 (version 2): its steps replace version 1's, none doubled.
        List<AgendaItemDecidedV1> version2 = DocumentEvents.of(Seeds.bytes("001"), 2);
        feed.publishAndWait(version2, seeds.size() + version2.size());
        given().when().get("/cases/25-008999")
                .then().statusCode(200)
                .body("steps", hasSize(4))
                .body("steps[3].sources", hasSize(1))
                .body("steps[3].sources[0].documentId", equalTo(version2.get(0).documentId()));
        GoldenCases.assertMatches("25-006083", given().get("/cases/25-006083").as(JsonNode.class), "after version 2");

        // The older version arriving late is ignored.
        List<AgendaItemDecidedV1> late = DocumentEvents.of(Seeds.bytes("001"), 1).stream()
                .map(e -> withEventId(e, e.eventId() + "-late")).toList();
        feed.publishAndWait(late, seeds.size() + version2.size() + late.size());
        given().when().get("/cases/25-008999")
                .then().body("steps[3].sources[0].documentId", equalTo(version2.get(0).documentId()));
    }

    @Test
    void ownMinutesCarryTheHomelessnessStrategyToConcludedAndAPostponementShows() throws Exception {
        List<AgendaItemDecidedV1> events = new ArrayList<>();
        events.addAll(DocumentEvents.ofSeed("000"));
        events.addAll(DocumentEvents.ofSeed("001"));
        events.addAll(DocumentEvents.ofResource("oeu-2025-12-17.txt"));
        events.addAll(DocumentEvents.ofResource("kb-2025-12-18.txt"));
        events.addAll(DocumentEvents.of(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../samples/minutes/2026-02-18-oeu.md")), 1));
        feed.resetAndFeed(events);

        given().when().get("/cases/25-008999")
                .then().statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("steps", hasSize(6))
                .body("steps.committee.id", equalTo(List.of("dir", "bfu", "ubu", "su", "oeu", "kb")))
                .body("pending", hasSize(0))
                .body("nextCommittee", equalTo(null));
        given().when().get("/cases/26-000377").then().statusCode(200).body("status", equalTo("POSTPONED"));
    }

    private static AgendaItemDecidedV1 withEventId(AgendaItemDecidedV1 e, String eventId) {
        return new AgendaItemDecidedV1(eventId, e.schemaVersion(), e.meeting(), e.meetingVersion(), e.revision(),
                e.documentId(),
                e.itemNumber(), e.itemTitle(), e.caseNumber(), e.decisionText(), e.outcome(), e.absentees(),
                e.plannedRoute(), e.history(), e.attachments(), e.publishedAt());
    }
}
