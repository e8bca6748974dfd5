package dk.sagsspor.minutes;

/** The meaning of a decision text, classified by {@code OutcomeClassifier}; the text itself is always kept too. */
public enum Outcome {
    RECOMMENDED,
    APPROVED,
    NOTED,
    DISCUSSED,
    POSTPONED,
    FORWARDED,
    REJECTED,
    NO_REMARKS,
    /** The decision is "-" or empty. */
    NONE,
    /** A decision text that none of the rules recognise. */
    OTHER
}
