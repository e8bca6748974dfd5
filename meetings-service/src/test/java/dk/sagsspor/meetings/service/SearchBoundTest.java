package dk.sagsspor.meetings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.meetings.PublishedSeeds;
import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A search serves at most its first maxHits hits and counts only that far: the total is exact up to the bound and the
 * bound past it, the pages under the bound are those of a search without one, and a page past it is refused. The
 * seeds (published through the real broker into real PostgreSQL) have a few matches of 'udvalg', so bounds of one
 * and two stand in for the default of 1,000.
 */
@QuarkusTest
class SearchBoundTest {

    private static final String WORDS = "udvalg";
    private static final int UNBOUNDED = 1_000_000;

    @Inject
    EntityManager em;
    @Inject
    SearchQueries queries;

    @BeforeEach
    void seedsPublishedAndCounted() {
        PublishedSeeds.publishAfresh(em);
        // With the table counted, a bounded search newest first walks the newest items (NewestWalk) instead of sorting.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze agenda_item").executeUpdate());
    }

    @ParameterizedTest
    @EnumSource(SearchOrder.class)
    void theTotalIsExactUpToTheBoundAndTheBoundPastItWithTheSameHitsUnderIt(SearchOrder order) {
        Found<Views.SearchHit> all = search(order, 0, 50, UNBOUNDED);
        long matches = all.total();
        assertTrue(matches >= 3 && all.totalExact(), "the seeds have several items for '" + WORDS + "': " + matches);

        Found<Views.SearchHit> atTheBound = search(order, 0, 50, (int) matches);
        assertEquals(matches, atTheBound.total());
        assertTrue(atTheBound.totalExact(), "as many matches as the bound: all counted");

        for (int bound = 1; bound <= 2; bound++) {
            for (int page = 0; page < bound; page++) {
                Found<Views.SearchHit> bounded = search(order, page, 1, bound);
                assertEquals(bound, bounded.total(), "bound " + bound + ": the total stops at the bound");
                assertFalse(bounded.totalExact(), "bound " + bound + ": more match than were counted");
                assertEquals(keys(all.items().subList(page, page + 1)), keys(bounded.items()),
                        "bound " + bound + ", page " + page + ": the hit of a search without a bound");
            }
            int past = bound;
            ProblemException refused = assertThrows(ProblemException.class, () -> search(order, past, 1, past));
            assertTrue(refused.getMessage().startsWith("Search serves the first " + past + " hits; page " + past),
                    refused.getMessage());
        }
    }

    private Found<Views.SearchHit> search(SearchOrder order, int page, int size, int maxHits) {
        return QuarkusTransaction.requiringNew().call(() -> queries.search(WORDS, order, page, size, maxHits));
    }

    private static List<String> keys(List<Views.SearchHit> hits) {
        return hits.stream().map(hit -> hit.meetingId() + "/" + hit.itemNumber()).toList();
    }
}
