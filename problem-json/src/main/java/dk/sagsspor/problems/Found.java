package dk.sagsspor.problems;

import java.util.List;

/**
 * What a read model found for one page of a list, and how many there are in all; the REST layer makes a ListPage.
 * {@code totalExact} is false when {@code total} is a lower bound: a search counts its matches only up to the most
 * hits it serves, because counting every match of a common word reads every matching row.
 */
public record Found<T>(List<T> items, long total, boolean totalExact) {

    public Found(List<T> items, long total) {
        this(items, total, true);
    }
}
