package dk.sagsspor.meetings.service;

/** How search orders its matches. */
public enum SearchOrder {
    /**
     * The newest meeting first (then meeting id descending and item number): what a citizen following a matter asks
     * for, and a page costs the same however many items match, because only the page is ranked.
     */
    NEWEST,
    /**
     * Best first by PostgreSQL's {@code ts_rank} (titles weigh most, then decisions, then the sections): every match
     * is ranked to find the best, so a word found in many items costs in proportion to them.
     */
    RELEVANCE
}
