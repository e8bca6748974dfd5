package dk.sagsspor.problems;

import java.util.List;

/** What a read model found for one page of a list, and how many there are in all; the REST layer makes a ListPage. */
public record Found<T>(List<T> items, long total) {
}
