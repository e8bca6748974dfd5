package dk.sagsspor.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One document's word on one step of a case: which body acted on which day, and what it decided.
 *
 * @param meetingId   the meeting whose document says it (not necessarily the meeting of the step)
 * @param meetingDate that meeting's date, to tell newer documents from older
 */
public record Evidence(LocalDate date, String bodyId, String bodyName, String decisionText, String outcome,
                       List<String> absentees, SourceKind kind, String meetingId, LocalDate meetingDate,
                       String documentId, int itemNumber) {

    public Evidence {
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
    }
}
