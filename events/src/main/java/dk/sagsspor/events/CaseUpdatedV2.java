package dk.sagsspor.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * The whole state of one case after a change, as {@code GET /cases/{caseNumber}} returns it, so a consumer builds every
 * case from the (compacted) topic alone: keep the payload with the highest {@code revision} per key.
 * Topic {@link Topics#CASE_UPDATED}, Kafka key = {@code caseNumber}.
 *
 * @param revision  grows by one with each change of this case
 * @param deleted   true when no document says anything about the case any more (then {@code caseState} is null)
 * @param caseState the case (JSON member {@code case}): steps with their sources, planned route, pending, status
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseUpdatedV2(
        String eventId,
        int schemaVersion,
        String caseNumber,
        long revision,
        boolean deleted,
        @JsonProperty("case") JsonNode caseState,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime occurredAt) implements VersionedPayload {

    public static final int SCHEMA_VERSION = 2;

    public CaseUpdatedV2 {
        // JSON null reads as a NullNode; one null, whichever way the record was made.
        caseState = caseState == null || caseState.isNull() ? null : caseState;
    }
}
