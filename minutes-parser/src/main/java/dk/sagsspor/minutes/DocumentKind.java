package dk.sagsspor.minutes;

/** What a document turned out to be. */
public enum DocumentKind {
    /** Final minutes ("REFERAT"). */
    MINUTES,
    /** Draft minutes ("UDKAST TIL REFERAT"). */
    DRAFT_MINUTES,
    /** Not minutes at all, or minutes too damaged to read; {@link ParseResult#reason()} says why. */
    REJECTED
}
