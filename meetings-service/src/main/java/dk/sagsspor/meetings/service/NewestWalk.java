package dk.sagsspor.meetings.service;

/**
 * Whether a search ordered newest first should walk the items newest first and test each (the date index), or find
 * every match with the full-text index and sort them. The walk is quick when matches are dense among the newest items,
 * and reads the whole table when they are rare or all old; the sort costs in proportion to the matches. PostgreSQL's
 * planner cannot tell the two apart for prefix queries ("hjemløs:*" has no statistics of its own: a word in three
 * items out of 300,000 was walked for 900 ms), so the choice is made here, from the exact count of matches that the
 * page's total needs anyway (exact up to the most hits a search serves; beyond, a lower bound).
 *
 * <p>The walk is bounded: it reads at most {@link #window} items, four times what an even spread of the matches
 * would need, and only when that is at most {@link #MAX_WINDOW} (about 10 ms of PostgreSQL's time); when there are
 * more matches than were counted, it walks at most that many anyway, since the sort would read every one of them. A
 * walk stops as soon as it has the page, so a common word costs a few hundred items whatever the window. A walk that
 * ends short of a page (the matches were bunched among older items) is followed by the sort, so the worst case is
 * both.
 */
public final class NewestWalk {

    /** Items a walk may read at most. */
    static final int MAX_WINDOW = 10_000;
    /** How many times the items an even spread of matches needs the walk reads, for matches spread unevenly. */
    private static final int MARGIN = 4;

    private NewestWalk() {
    }

    /**
     * @param end     offset plus size: how many matches the page needs from the newest on
     * @param matches how many items match, or at least, when {@code more} do
     * @param more    whether more items match than were counted
     * @param items   how many items there are (an estimate; 0 or less when unknown)
     * @return how many of the newest items to walk, or 0 to sort every match instead
     */
    public static int window(long end, long matches, boolean more, long items) {
        if (matches <= 0 || items <= 0) {
            return 0;
        }
        double window = Math.ceil((double) MARGIN * end * items / matches);
        return window <= MAX_WINDOW ? (int) window : more ? MAX_WINDOW : 0;
    }

    /**
     * Whether a walk that found {@code found} of the page's {@code size} rows answered it: a full page, or, when every
     * match was counted, the rest of them after the offset.
     */
    public static boolean answered(int found, int size, long offset, long matches, boolean more) {
        return found == size || !more && offset + found >= matches;
    }
}
