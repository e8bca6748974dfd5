package dk.sagsspor.minutesevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.HistoryStepV1;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.PersonRef;
import dk.sagsspor.events.Topics;
import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutes.AgendaItem;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events of a document, worked out without any server. */
class EventFactoryTest {

    private static final ParseResult SU_2025_12_11 = new MinutesParser().parse(Seeds.bytes("001"));
    private static final EventFactory.Source SOURCE = new EventFactory.Source("doc-1", "a".repeat(64), "su-2025-12-11", 1,
            1, null, OffsetDateTime.parse("2026-01-05T10:00:00Z"));

    @Test
    void oneMeetingPublishedAndOneDecisionPerItemWithACaseNumber() {
        List<EventEnvelope> events = EventFactory.eventsOf(SU_2025_12_11, SOURCE);

        assertEquals(9, events.size());
        assertEquals(Topics.MEETING_PUBLISHED, events.get(0).topic());
        assertEquals("su-2025-12-11", events.get(0).key());
        assertEquals(EventTypes.MEETING_PUBLISHED_V1, events.get(0).type());
        List<EventEnvelope> decisions = events.subList(1, events.size());
        assertEquals(List.of("24-003540", "22-008459", "25-008999", "25-013262", "25-013405", "25-006083",
                "25-011011", "25-012247"), decisions.stream().map(EventEnvelope::key).toList());
        decisions.forEach(e -> assertEquals(Topics.AGENDA_ITEM_DECIDED, e.topic()));
    }

    @Test
    void theDecisionCarriesRouteAndHistory() {
        AgendaItemDecidedV1 homelessness = (AgendaItemDecidedV1) EventFactory.eventsOf(SU_2025_12_11, SOURCE).get(3).payload();

        assertEquals("25-008999", homelessness.caseNumber());
        assertEquals(4, homelessness.itemNumber());
        assertEquals("su", homelessness.meeting().body().id());
        assertEquals("2025-12-11", homelessness.meeting().date().toString());
        assertEquals("RECOMMENDED", homelessness.outcome());
        assertEquals(List.of("dir", "bfu", "ubu", "su", "oeu", "kb"), homelessness.plannedRoute());
        HistoryStepV1 ubu = homelessness.history().get(2);
        assertEquals("ubu", ubu.body().id());
        assertEquals(List.of("Hans Munk"), ubu.absentees());
        assertEquals("doc-1", homelessness.documentId());
    }

    @Test
    void theMeetingCarriesItsVersion() {
        EventFactory.Source second = new EventFactory.Source("doc-2", "b".repeat(64), "su-2025-12-11", 2, 2, "doc-1",
                SOURCE.receivedAt());
        MeetingPublishedV1 meeting = (MeetingPublishedV1) EventFactory.eventsOf(SU_2025_12_11, second).get(0).payload();

        assertEquals(2, meeting.meetingVersion());
        assertEquals("doc-1", meeting.supersedesDocumentId());
        assertEquals("FINAL", meeting.status());
        assertEquals(11, meeting.items().size());
        assertNull(((MeetingPublishedV1) EventFactory.eventsOf(SU_2025_12_11, SOURCE).get(0).payload()).supersedesDocumentId());
    }

    @Test
    void idsDependOnlyOnTheContent() {
        List<String> first = ids(EventFactory.eventsOf(SU_2025_12_11, SOURCE));
        List<String> again = ids(EventFactory.eventsOf(new MinutesParser().parse(Seeds.bytes("001")), SOURCE));
        EventFactory.Source otherContent = new EventFactory.Source("doc-1", "c".repeat(64), "su-2025-12-11", 1, 1,
                null, SOURCE.receivedAt());

        assertEquals(first, again);
        assertEquals(first.size(), first.stream().distinct().count(), "every event has its own id");
        assertNotEquals(first, ids(EventFactory.eventsOf(SU_2025_12_11, otherContent)));
    }

    @Test
    void aVersionPublishedAgainAtAHigherRevisionGetsNewIds() {
        EventFactory.Source republished = new EventFactory.Source("doc-1", "a".repeat(64), "su-2025-12-11", 1, 3,
                null, SOURCE.receivedAt());
        List<EventEnvelope> again = EventFactory.eventsOf(SU_2025_12_11, republished);

        assertEquals(3, ((MeetingPublishedV1) again.get(0).payload()).revision());
        assertEquals(3, ((AgendaItemDecidedV1) again.get(3).payload()).revision());
        List<String> first = ids(EventFactory.eventsOf(SU_2025_12_11, SOURCE));
        ids(again).forEach(id -> assertFalse(first.contains(id), id));
    }

    @Test
    void attendeesAndAbsenteesCarryTheirPersonIds() {
        MeetingPublishedV1 meeting = (MeetingPublishedV1) EventFactory.eventsOf(SU_2025_12_11, SOURCE).get(0).payload();

        assertEquals(meeting.attendees(), meeting.attendeePersons().stream().map(PersonRef::name).toList());
        assertEquals(meeting.absentees(), meeting.absenteePersons().stream().map(PersonRef::name).toList());
        meeting.attendeePersons().forEach(p -> assertTrue(p.personId().matches("[a-z0-9æøå-]+"), p.personId()));
    }

    @Test
    void aCorrectionThatDropsAnItemRetractsItsCaseOnly() {
        AgendaItem droppedItem = SU_2025_12_11.items().stream().filter(i -> i.caseNumber() != null)
                .filter(i -> SU_2025_12_11.items().stream().filter(o -> i.caseNumber().equals(o.caseNumber())).count() == 1)
                .findFirst().orElseThrow();
        ParseResult corrected = new ParseResult(SU_2025_12_11.kind(), null, SU_2025_12_11.body(),
                SU_2025_12_11.startsAt(), SU_2025_12_11.location(), SU_2025_12_11.attendees(),
                SU_2025_12_11.absentees(), SU_2025_12_11.items().stream().filter(i -> i != droppedItem).toList());

        List<EventEnvelope> retractions = EventFactory.retractionsOf(SU_2025_12_11, corrected, SOURCE, 2,
                AgendaItemRetractedV1.CORRECTED, SOURCE.receivedAt());

        assertEquals(1, retractions.size());
        EventEnvelope retraction = retractions.get(0);
        assertEquals(Topics.AGENDA_ITEM_DECIDED, retraction.topic());
        assertEquals(droppedItem.caseNumber(), retraction.key());
        assertEquals(EventTypes.AGENDA_ITEM_RETRACTED_V1, retraction.type());
        AgendaItemRetractedV1 payload = (AgendaItemRetractedV1) retraction.payload();
        assertEquals("su-2025-12-11", payload.meeting().id());
        assertEquals(2, payload.revision());
        assertEquals("doc-1", payload.documentId());
        assertEquals(AgendaItemRetractedV1.CORRECTED, payload.reason());
    }

    @Test
    void aWithdrawalWithNoVersionLeftRetractsEveryCaseAndWithdrawsTheMeeting() {
        List<EventEnvelope> retractions = EventFactory.retractionsOf(SU_2025_12_11, null, SOURCE, 3,
                AgendaItemRetractedV1.WITHDRAWN, SOURCE.receivedAt());
        assertEquals(EventFactory.caseNumbersOf(SU_2025_12_11).stream().toList(),
                retractions.stream().map(EventEnvelope::key).toList());

        EventEnvelope withdrawn = EventFactory.meetingWithdrawn(SU_2025_12_11, SOURCE, 3, "Udgivet ved en fejl",
                SOURCE.receivedAt());
        assertEquals(Topics.MEETING_PUBLISHED, withdrawn.topic());
        assertEquals("su-2025-12-11", withdrawn.key());
        MeetingWithdrawnV1 payload = (MeetingWithdrawnV1) withdrawn.payload();
        assertEquals(3, payload.revision());
        assertEquals("Udgivet ved en fejl", payload.reason());
        assertEquals("su", payload.meeting().body().id());
    }

    @Test
    void aRejectedDocumentHasNoEvents() {
        assertThrows(IllegalArgumentException.class, () -> EventFactory.eventsOf(ParseResult.rejected("no"), SOURCE));
    }

    private static List<String> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::eventId).toList();
    }
}
