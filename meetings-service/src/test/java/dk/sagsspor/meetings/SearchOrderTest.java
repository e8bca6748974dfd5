package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search lists the newest meeting first, or with sort=relevance the best first, and paging gives the same hits in the
 * same order whichever way a page was found: by walking the newest items (a short walk that falls back to sorting
 * every match) or by sorting every match (NewestWalk). The seeds are published through the real broker.
 */
@QuarkusTest
class SearchOrderTest {

    /** Newest meeting first, then meeting id descending, then item number. */
    private static final Comparator<Map<String, Object>> NEWEST = Comparator
            .comparing((Map<String, Object> hit) -> OffsetDateTime.parse((String) hit.get("startsAt"))).reversed()
            .thenComparing(hit -> (String) hit.get("meetingId"), Comparator.reverseOrder())
            .thenComparing(hit -> (Integer) hit.get("itemNumber"));

    @Inject
    EntityManager em;

    @BeforeEach
    void seedsPublishedAndCounted() {
        PublishedSeeds.publishAfresh(em);
        // The walk is only tried once PostgreSQL has counted the table (its estimate of all items).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze agenda_item").executeUpdate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hjemløs", "strategi", "udvalg"})
    void newestFirstByDefaultBestFirstOnRequestAndEveryPageSizeGivesTheSameOrder(String words) {
        List<Map<String, Object>> newest = hits("/search?size=50&q=" + words);
        assertTrue(newest.size() >= 2, "the seeds have several items for '" + words + "'; found " + newest.size());
        assertEquals(newest.stream().sorted(NEWEST).toList(), newest, "newest first");
        assertTrue(newest.stream().map(hit -> hit.get("startsAt")).distinct().count() >= 2,
                "the hits for '" + words + "' come from meetings on different days, so the order says something");

        List<Map<String, Object>> best = hits("/search?size=50&sort=relevance&q=" + words);
        List<Double> ranks = best.stream().map(hit -> ((Number) hit.get("rank")).doubleValue()).toList();
        assertEquals(ranks.stream().sorted(Comparator.reverseOrder()).toList(), ranks, "best first");
        assertEquals(keys(newest).stream().sorted().toList(), keys(best).stream().sorted().toList(),
                "the same items either way");

        for (int size = 1; size <= 3; size++) {
            List<Map<String, Object>> paged = new ArrayList<>();
            for (int page = 0; page * size < newest.size(); page++) {
                paged.addAll(hits("/search?size=" + size + "&page=" + page + "&q=" + words));
            }
            assertEquals(keys(newest), keys(paged), "pages of " + size + " give the hits of one page, in its order");
        }
    }

    private static List<Map<String, Object>> hits(String path) {
        return given().header("Cache-Control", "no-cache").when().get(path).then().statusCode(200).extract()
                .jsonPath().getList("items");
    }

    private static List<String> keys(List<Map<String, Object>> hits) {
        return hits.stream().map(hit -> hit.get("meetingId") + "/" + hit.get("itemNumber")).toList();
    }
}
