package dk.sagsspor.cases.domain;

public enum CaseStatus {
    IN_PROGRESS,
    /** The latest step was a postponement. */
    POSTPONED,
    /** The last body of the planned route has decided (any outcome but POSTPONED, DISCUSSED or none). */
    CONCLUDED
}
