package dk.sagsspor.minutes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one document says, or why it could not be read as minutes.
 *
 * @param kind       minutes, draft minutes, or rejected
 * @param reason     for a rejected document, what was missing or wrong; null otherwise
 * @param body       the body that met
 * @param startsAt   when the meeting started, with the Europe/Copenhagen offset of that day
 * @param location   where it met ("Mødested")
 * @param attendees  who attended ("Mødedeltagere"), in document order
 * @param absentees  who sent apologies for the whole meeting
 * @param items      the agenda items in document order
 */
public record ParseResult(
        DocumentKind kind,
        String reason,
        Body body,
        OffsetDateTime startsAt,
        String location,
        List<String> attendees,
        List<String> absentees,
        List<AgendaItem> items) {

    public ParseResult {
        attendees = List.copyOf(attendees);
        absentees = List.copyOf(absentees);
        items = List.copyOf(items);
    }

    public static ParseResult rejected(String reason) {
        return new ParseResult(DocumentKind.REJECTED, reason, null, null, null, List.of(), List.of(), List.of());
    }

    @JsonIgnore // derived from kind; not a field of the JSON form
    public boolean isRejected() {
        return kind == DocumentKind.REJECTED;
    }
}
