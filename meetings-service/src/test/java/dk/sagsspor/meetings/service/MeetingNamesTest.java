package dk.sagsspor.meetings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.meetings.repository.Registrations.Attendance;
import dk.sagsspor.meetings.repository.Registrations.Body;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a batch's minutes name, each once, with the rules of registering them in turn: no server. */
class MeetingNamesTest {

    @Test
    void everyBodyAndAttendanceOnceFromASeed() {
        MeetingPublishedV1 bfu = DocumentEvents.meetingOf(Seeds.bytes("000"), 1);
        MeetingNames names = MeetingNames.of(bfu);
        List<String> ids = names.bodies().stream().map(Body::id).toList();
        assertEquals("bfu", ids.get(0), "the meeting's own body first");
        assertEquals(ids.stream().distinct().toList(), ids, "each body once");
        assertTrue(ids.size() > 1, "the routes and histories name other bodies: " + ids);
        List<List<Object>> keys = names.attendance().stream()
                .map(a -> List.<Object>of(a.person(), a.body(), a.date())).toList();
        assertEquals(keys.stream().distinct().toList(), keys, "each person, body and day once");
        assertEquals(bfu.attendees().size(), names.attendance().stream()
                .filter(a -> a.body().equals("bfu") && a.attended()).count(), "every attendee attended");
    }

    @Test
    void listedAndExcusedIsExcusedAndARealNameReplacesARouteIdWhateverComesFirst() {
        ObjectNode event = (ObjectNode) EventJson.toTree(DocumentEvents.meetingOf(Seeds.bytes("000"), 1));
        String attendee = event.get("attendees").get(0).asText();
        ((ArrayNode) event.get("absentees")).add(attendee);
        ObjectNode first = (ObjectNode) event.get("items").get(0);
        ((ArrayNode) first.get("plannedRoute")).add("vejudvalget");
        ObjectNode step = ((ArrayNode) first.get("history")).addObject();
        step.put("date", "2025-01-02");
        step.putObject("body").put("id", "vejudvalget").put("name", "Vejudvalget");
        step.put("decisionText", "Godkendt");
        step.put("outcome", "APPROVED");
        MeetingNames names = MeetingNames.of(EventJson.convert(event, MeetingPublishedV1.class));

        List<Attendance> own = names.attendance().stream()
                .filter(a -> a.body().equals("bfu") && a.person().equals(names.persons().stream()
                        .filter(p -> p.name().equals(attendee)).findFirst().orElseThrow().id())).toList();
        assertEquals(1, own.size(), "one row for " + attendee);
        assertFalse(own.get(0).attended(), attendee + " is listed and excused: absent");
        assertEquals("Vejudvalget", names.bodies().stream().filter(b -> b.id().equals("vejudvalget"))
                .findFirst().orElseThrow().name(), "the name from the history, though the route named the id first");
    }

    @Test
    void aNewerVersionsAttendanceReplacesTheOlderOnesAndAWithdrawalLeavesNoneWhileNamesStayRegistered() {
        ObjectNode event = (ObjectNode) EventJson.toTree(DocumentEvents.meetingOf(Seeds.bytes("000"), 1));
        MeetingPublishedV1 first = EventJson.convert(event, MeetingPublishedV1.class);
        String dropped = first.attendees().get(0);
        ((ArrayNode) event.get("attendees")).remove(0);
        MeetingPublishedV1 corrected = EventJson.convert(event, MeetingPublishedV1.class);
        MeetingPublishedV1 other = DocumentEvents.meetingOf(Seeds.bytes("001"), 1);

        MeetingNames names = new MeetingNames();
        names.add(first);
        names.add(other);
        names.add(corrected);
        String droppedId = names.persons().stream().filter(p -> p.name().equals(dropped)).findFirst()
                .orElseThrow(() -> new AssertionError(dropped + " stays registered as a person")).id();
        assertEquals(MeetingNames.of(corrected).attendance().size() + MeetingNames.of(other).attendance().size(),
                names.attendance().size(), "each meeting's attendance as its newest version says it");
        assertTrue(names.attendance().stream().noneMatch(a -> a.meeting().equals(first.meetingId())
                && a.person().equals(droppedId) && a.attended()), dropped + " attended only the older version");

        names.withdraw(first.meetingId());
        assertTrue(names.attendance().stream().allMatch(a -> a.meeting().equals(other.meetingId())),
                "the withdrawn meeting's attendance is gone, the other's stays: " + names.attendance());
        assertTrue(names.bodies().stream().anyMatch(b -> b.id().equals(first.body().id())), "its body stays");
    }
}
