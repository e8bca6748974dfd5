package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's timeline or status changed (emitted by cases-service).
 * Topic {@link Topics#CASE_UPDATED}, Kafka key = {@code caseNumber}.
 *
 * @param status        {@code IN_PROGRESS}, {@code POSTPONED} or {@code CONCLUDED}
 * @param nextCommittee id of the next body on the planned route, null when none is left
 * @param pending       body ids of the planned route not yet reached
 * @param changedStep   the step that caused this update
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseUpdatedV1(
        String eventId,
        int schemaVersion,
        String caseNumber,
        String title,
        String status,
        String nextCommittee,
        List<String> pending,
        ChangedStep changedStep,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime lastActivity,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime occurredAt) implements VersionedPayload {

    public static final int SCHEMA_VERSION = 1;

    public CaseUpdatedV1 {
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    /**
     * The step (one per date and body) that changed the case.
     *
     * @param conflict true when two sources disagree about this step's decision
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangedStep(LocalDate date, BodyRef committee, String decisionText, String outcome, boolean conflict) {
    }
}
