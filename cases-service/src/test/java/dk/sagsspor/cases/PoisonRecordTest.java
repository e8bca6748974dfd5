package dk.sagsspor.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dk.sagsspor.events.Topics;
import dk.sagsspor.testsupport.DeadLetters;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record on agenda-item-decided that no consumer can read (issue 11, point 7) goes to the dead-letter topic with
 * the reason, and does not hold up the records behind it: the next decision with the same key is applied.
 */
@QuarkusTest
class PoisonRecordTest {

    @Inject
    EntityManager em;

    @Test
    void aDecisionThatIsNotJsonIsDeadLetteredAndTheNextDecisionOnTheCaseApplied() {
        CaseFeed feed = new CaseFeed(em);
        String caseNumber = feed.newCaseNumber();
        String poison = feed.publishUnreadable(caseNumber, "{not json");
        feed.decide(caseNumber);

        // Same key, so same partition, behind the poison record: applied only if the poison one did not block it.
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/cases/" + caseNumber).statusCode() != 404);
        given().get("/cases/" + caseNumber).then().statusCode(200);
        ConsumerRecord<String, String> dead = DeadLetters.required(KafkaBrokerResource.broker().bootstrapServers(),
                Topics.AGENDA_ITEM_DECIDED + ".dlq", poison, Duration.ofSeconds(30));
        assertThat(DeadLetters.reason(dead), containsString("not JSON"));
        assertThat(dead.key(), is(caseNumber));
    }
}
