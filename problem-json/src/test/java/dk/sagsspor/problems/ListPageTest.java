package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListPageTest {

    private static final URI SELF = URI.create("http://api.example/cases?status=CONCLUDED&size=2&page=1");

    @Test
    void aMiddlePageLinksBothNeighboursAndTheEnds() {
        ListPage.Links links = ListPage.of(List.of("a", "b"), 1, 2, 5, SELF).links();
        assertEquals(SELF.toString(), links.self());
        assertEquals("http://api.example/cases?status=CONCLUDED&size=2&page=0", links.first());
        assertEquals("http://api.example/cases?status=CONCLUDED&size=2&page=0", links.prev());
        assertEquals("http://api.example/cases?status=CONCLUDED&size=2&page=2", links.next());
        assertEquals("http://api.example/cases?status=CONCLUDED&size=2&page=2", links.last());
    }

    @Test
    void theEndsHaveNoPrevOrNextAndAnEmptyListEndsAtPageZero() {
        ListPage.Links empty = ListPage.of(List.of(), 0, 50, 0, URI.create("http://api.example/persons")).links();
        assertNull(empty.prev());
        assertNull(empty.next());
        assertEquals("http://api.example/persons?page=0", empty.last());
        ListPage.Links past = ListPage.of(List.of(), 9, 2, 5, SELF).links();
        assertEquals("http://api.example/cases?status=CONCLUDED&size=2&page=2", past.prev(), "back to the last page");
        assertNull(past.next());
    }

    @Test
    void aTotalThatIsABoundEndsTheLinksAtItsPageAndSaysSo() {
        URI search = URI.create("http://api.example/search?q=vej&size=50");
        ListPage<String> first = ListPage.of(new Found<>(List.of("a"), 1000, false), new PageRequest(0, 50), search);
        assertFalse(first.totalExact());
        assertEquals("http://api.example/search?q=vej&size=50&page=19", first.links().last());
        assertTrue(ListPage.of(List.of("a"), 0, 50, 1, search).totalExact(), "lists count exactly unless told");
    }

    @Test
    void theHeadersOfTheOlderListsCarryTheSameLinks() {
        var response = ListPage.of(List.of("a"), 0, 1, 3, URI.create("http://api.example/cases?size=1")).toResponse();
        assertEquals("3", response.getHeaderString("X-Total-Count"));
        assertEquals("<http://api.example/cases?size=1&page=0>; rel=\"first\", "
                + "<http://api.example/cases?size=1&page=2>; rel=\"last\", "
                + "<http://api.example/cases?size=1&page=1>; rel=\"next\"", response.getHeaderString("Link"));
    }
}
