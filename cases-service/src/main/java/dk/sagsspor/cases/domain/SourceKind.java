package dk.sagsspor.cases.domain;

/** How a document tells of a step. */
public enum SourceKind {
    /** The body's own minutes: this body decided this on this day. */
    AGENDA_ITEM,
    /** A later document's "Sagens forløb": an earlier step, perhaps of a body whose minutes we never receive. */
    CASE_HISTORY
}
