package dk.sagsspor.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import dk.sagsspor.events.Topics;
import dk.sagsspor.testsupport.DatabaseOutage;
import dk.sagsspor.testsupport.DeadLetters;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * cases-service's database refuses connections while decisions arrive (issue 11, point 7): the consumer retries in
 * place until the database is back, then applies every decision; none is dead-lettered.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageTest.class);
    private static final int DECISIONS = 5;
    /** Retries of one record during the outage before the database comes back: with 0.5 s doubling, several seconds. */
    private static final int RETRIES_DURING_OUTAGE = 4;
    /** How long the database refuses connections, as issue 11 asks: long past any single retry's wait. */
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Test
    void decisionsArrivingWhileTheDatabaseRefusesConnectionsAreAllAppliedAfterwards() {
        CaseFeed feed = new CaseFeed(em);
        double retriedBefore = counter("sagsspor.events.retried", "transient");
        double deadLetteredBefore = counter("sagsspor.events.dead.lettered", null);
        List<String> caseNumbers = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();

        long start = System.nanoTime();
        try (DatabaseOutage ignored = DatabaseOutage.begin(databaseUrl)) {
            for (int i = 0; i < DECISIONS; i++) {
                String caseNumber = feed.newCaseNumber();
                caseNumbers.add(caseNumber);
                eventIds.add(feed.decide(caseNumber));
            }
            // The consumer has met the outage and keeps trying the same record, rather than giving up on it.
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    counter("sagsspor.events.retried", "transient") >= retriedBefore + RETRIES_DURING_OUTAGE);
            // The outage lasts its full length whatever the consumer does: a hold until an instant, not a guess.
            long end = start + OUTAGE.toNanos();
            await().atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> System.nanoTime() >= end);
            LOG.infof("database refused connections for %d ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
        }

        // Any answer but 200 (a 500 while the pool replaces its broken connections, a 404 not yet applied) is waited out.
        await().atMost(Duration.ofSeconds(60)).until(() -> caseNumbers.stream()
                .allMatch(caseNumber -> given().get("/cases/" + caseNumber).statusCode() == 200));
        LOG.infof("all %d decisions applied %d ms after the outage began", DECISIONS,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(counter("sagsspor.events.retried", "transient"), greaterThan(retriedBefore));
        assertThat(counter("sagsspor.events.dead.lettered", null), is(deadLetteredBefore));
        Set<String> deadLettered = DeadLetters.eventIds(KafkaBrokerResource.broker().bootstrapServers(),
                Topics.AGENDA_ITEM_DECIDED + ".dlq");
        assertThat(eventIds.stream().filter(deadLettered::contains).toList(), is(empty()));
    }

    /** The counter for agenda-item-decided (and the kind, if given); 0 before it first counts. */
    private double counter(String name, String kind) {
        var search = registry.find(name).tag("topic", Topics.AGENDA_ITEM_DECIDED);
        Counter counter = (kind == null ? search : search.tag("kind", kind)).counter();
        return counter == null ? 0 : counter.count();
    }
}
