package dk.sagsspor.minutesevents;

import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventIds;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.HistoryStepV1;
import dk.sagsspor.events.MeetingItemV1;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingRef;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.events.PersonRef;
import dk.sagsspor.events.SectionsV1;
import dk.sagsspor.events.Topics;
import dk.sagsspor.municipal.BodyRegistry;
import dk.sagsspor.municipal.People;
import dk.sagsspor.minutes.AgendaItem;
import dk.sagsspor.minutes.Body;
import dk.sagsspor.minutes.DocumentKind;
import dk.sagsspor.minutes.HistoryStep;
import dk.sagsspor.minutes.ParseResult;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a parsed document into its events: one {@code meeting-published}, and one {@code agenda-item-decided} per
 * agenda item that carries a case number; and a change of a meeting's current version into retractions and, when no
 * version is left, a withdrawal. Pure: the same document gives the same events, ids included, so consumers
 * can drop duplicates.
 */
public final class EventFactory {

    /**
     * Which document, and which version and revision of which meeting, the events describe.
     *
     * @param revision the meeting's revision these events are published at; it grows with every change of the
     *                 meeting, so a version published again after a withdrawal gets new event ids
     */
    public record Source(String documentId, String sha256, String meetingId, int meetingVersion, int revision,
                         String supersedesDocumentId, OffsetDateTime receivedAt) {
    }

    private EventFactory() {
    }

    public static List<EventEnvelope> eventsOf(ParseResult result, Source source) {
        if (result.isRejected()) {
            throw new IllegalArgumentException("a rejected document has no events");
        }
        List<EventEnvelope> events = new ArrayList<>();
        events.add(meetingPublished(result, source));
        for (AgendaItem item : result.items()) {
            if (item.caseNumber() != null) {
                events.add(agendaItemDecided(result, item, source));
            }
        }
        return events;
    }

    private static EventEnvelope meetingPublished(ParseResult result, Source source) {
        String eventId = EventIds.deterministic(Topics.MEETING_PUBLISHED, source.sha256(), revision(source));
        MeetingPublishedV1 payload = new MeetingPublishedV1(eventId, MeetingPublishedV1.SCHEMA_VERSION,
                source.meetingId(), source.meetingVersion(), source.revision(), source.supersedesDocumentId(),
                source.documentId(), source.sha256(), body(result.body()), result.startsAt(), result.location(),
                result.kind() == DocumentKind.DRAFT_MINUTES ? "DRAFT" : "FINAL", result.attendees(),
                result.absentees(), persons(result.attendees()), persons(result.absentees()),
                result.items().stream().map(EventFactory::item).toList(), source.receivedAt());
        return new EventEnvelope(Topics.MEETING_PUBLISHED, source.meetingId(), eventId, EventTypes.MEETING_PUBLISHED_V1,
                source.meetingId(), source.receivedAt(), payload);
    }

    private static EventEnvelope agendaItemDecided(ParseResult result, AgendaItem item, Source source) {
        String eventId = EventIds.deterministic(Topics.AGENDA_ITEM_DECIDED, source.sha256(),
                String.valueOf(item.number()), revision(source));
        MeetingRef meeting = meetingRef(result, source.meetingId());
        AgendaItemDecidedV1 payload = new AgendaItemDecidedV1(eventId, AgendaItemDecidedV1.SCHEMA_VERSION, meeting,
                source.meetingVersion(), source.revision(), source.documentId(), item.number(), item.title(), item.caseNumber(),
                item.decisionText(), item.outcome().name(), item.absentees(), item.plannedRoute(),
                item.history().stream().map(EventFactory::step).toList(), item.attachments(), source.receivedAt());
        return new EventEnvelope(Topics.AGENDA_ITEM_DECIDED, item.caseNumber(), eventId,
                EventTypes.AGENDA_ITEM_DECIDED_V1, item.caseNumber(), source.receivedAt(), payload);
    }

    /** The case numbers a document's items carry (their case histories are under the same numbers). */
    public static Set<String> caseNumbersOf(ParseResult result) {
        return result.items().stream().map(AgendaItem::caseNumber).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * What a meeting stopped saying when its current version changed (a correction, a withdrawal): one retraction per
     * case number {@code before} carried and {@code after} (null when no version is left) does not.
     */
    public static List<EventEnvelope> retractionsOf(ParseResult before, ParseResult after, Source withdrawnOrReplaced,
                                                    int revision, String reason, OffsetDateTime at) {
        Set<String> dropped = caseNumbersOf(before);
        if (after != null) {
            dropped.removeAll(caseNumbersOf(after));
        }
        MeetingRef meeting = meetingRef(before, withdrawnOrReplaced.meetingId());
        return dropped.stream().map(caseNumber -> {
            String eventId = EventIds.deterministic(Topics.AGENDA_ITEM_DECIDED, "retracted", caseNumber,
                    meeting.id(), "r" + revision);
            AgendaItemRetractedV1 payload = new AgendaItemRetractedV1(eventId, AgendaItemRetractedV1.SCHEMA_VERSION,
                    caseNumber, meeting, revision, withdrawnOrReplaced.documentId(), reason, at);
            return new EventEnvelope(Topics.AGENDA_ITEM_DECIDED, caseNumber, eventId,
                    EventTypes.AGENDA_ITEM_RETRACTED_V1, caseNumber, at, payload);
        }).toList();
    }

    /** The meeting is gone: its last version was withdrawn. */
    public static EventEnvelope meetingWithdrawn(ParseResult last, Source withdrawn, int revision, String reason,
                                                 OffsetDateTime at) {
        MeetingRef meeting = meetingRef(last, withdrawn.meetingId());
        String eventId = EventIds.deterministic(Topics.MEETING_PUBLISHED, "withdrawn", meeting.id(), "r" + revision);
        MeetingWithdrawnV1 payload = new MeetingWithdrawnV1(eventId, MeetingWithdrawnV1.SCHEMA_VERSION, meeting,
                revision, withdrawn.documentId(), reason, at);
        return new EventEnvelope(Topics.MEETING_PUBLISHED, meeting.id(), eventId, EventTypes.MEETING_WITHDRAWN_V1,
                meeting.id(), at, payload);
    }

    private static MeetingRef meetingRef(ParseResult result, String meetingId) {
        return new MeetingRef(meetingId, body(result.body()), result.startsAt().toLocalDate());
    }

    private static String revision(Source source) {
        return "r" + source.revision();
    }

    private static List<PersonRef> persons(List<String> names) {
        return names.stream().map(name -> new PersonRef(People.idOf(name), name)).toList();
    }

    private static MeetingItemV1 item(AgendaItem item) {
        var s = item.sections();
        return new MeetingItemV1(item.number(), item.title(), item.timeSlot(), item.caseNumber(), item.decisionText(),
                item.outcome().name(), item.absentees(),
                new SectionsV1(s.resume(), s.indstillinger(), s.sagsfremstilling(), s.oekonomiskeKonsekvenser()),
                item.plannedRoute(), item.history().stream().map(EventFactory::step).toList(), item.attachments());
    }

    private static HistoryStepV1 step(HistoryStep step) {
        return new HistoryStepV1(step.date(), body(step.body()), step.decisionText(), step.outcome().name(),
                step.absentees());
    }

    /** The body as the minutes name it, with the registry's abbreviation and kind when it knows the body. */
    private static BodyRef body(Body body) {
        Optional<BodyRegistry.Entry> known = BodyRegistry.byId(body.id());
        return new BodyRef(body.id(), body.name(), body.term(), known.map(BodyRegistry.Entry::abbreviation).orElse(null),
                known.map(BodyRegistry.Entry::kind).orElse(null));
    }
}
