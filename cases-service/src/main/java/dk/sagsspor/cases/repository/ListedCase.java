package dk.sagsspor.cases.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The columns one line of the case list shows, read by {@link CaseViewRepository#search} as a projection: never the
 * whole view's JSON. The names are the entity's fields.
 */
public record ListedCase(String caseNumber, String title, String status, String nextCommittee,
                         String nextCommitteeName, LocalDate lastActivity, long revision, OffsetDateTime updatedAt,
                         boolean deleted) {
}
