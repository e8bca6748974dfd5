package dk.sagsspor.meetings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.meetings.PublishedSeeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two ways to a newest-first page agree: walking the newest items gives the first hits of sorting every match,
 * all of them when {@link NewestWalk#answered} says the walk answered the page, for every window, page size and
 * offset over the seeds (published through the real broker into real PostgreSQL).
 */
@QuarkusTest
class NewestPagesTest {

    @Inject
    EntityManager em;
    @Inject
    SearchQueries queries;

    @BeforeEach
    void seedsPublished() {
        PublishedSeeds.publishAfresh(em);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hjemløs", "strategi", "udvalg", "kommune"})
    void aWalkGivesTheFirstHitsOfTheSortAndAllOfThemWhenItAnswers(String q) {
        String words = SearchQueries.prefixQuery(q);
        List<String> all = keys(words, 0, 200, 0);
        int items = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from agenda_item").getSingleResult()).intValue());
        assertTrue(all.size() >= 2 && all.size() < items, "'" + q + "' matches some of the seeds' items, not all");
        int answered = 0;
        for (int window = 1; window <= items; window++) {
            for (int size = 1; size <= 3; size++) {
                for (int offset = 0; offset < all.size(); offset++) {
                    List<String> sorted = all.subList(offset, Math.min(offset + size, all.size()));
                    List<String> walked = keys(words, offset, size, window);
                    String what = "'" + q + "', window " + window + ", size " + size + ", offset " + offset;
                    assertEquals(sorted.subList(0, walked.size()), walked, what);
                    if (NewestWalk.answered(walked.size(), size, offset, all.size(), false)) {
                        assertEquals(sorted, walked, what);
                        answered++;
                    }
                }
            }
        }
        assertTrue(answered > 0, "some walks answered their page");
    }

    private List<String> keys(String words, long offset, int size, int window) {
        return QuarkusTransaction.requiringNew().call(() -> queries.newest(words, offset, size, window)).stream()
                .map(row -> row[0] + "/" + row[1]).toList();
    }
}
