package dk.sagsspor.minutes.internal.text;

/** How a line behaves when lines are grouped into blocks. */
public enum LineRole {
    /** Ordinary line: continues the current block. */
    CONTINUES,
    /** Starts a new block, which wrapped lines may continue (an item heading, a header field, an "Afbud:" line). */
    STARTS_BLOCK,
    /** Is a block of its own, even when no blank line separates it from its neighbours (a section heading). */
    STANDS_ALONE
}
