package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.domain.ICalendar;
import dk.sagsspor.meetings.repository.AgendaItemEntity;
import dk.sagsspor.meetings.repository.MeetingEntity;
import dk.sagsspor.meetings.repository.MeetingFilter;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The meetings read model: pages of meetings (three statements whatever the page size: the page with its bodies,
 * the total, the item counts), one meeting with its agenda, and a body's meetings as an iCalendar feed (three
 * statements however many meetings: the body, its meetings, all their agendas).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingQueries {

    /** Minutes give a start time only; two hours is the usual length of a committee meeting. */
    private static final Duration ASSUMED_LENGTH = Duration.ofHours(2);

    @Inject
    CommitteeQueries committees;
    @Inject
    Repositories.Meetings meetings;
    @Inject
    Repositories.AgendaItems items;
    @Inject
    Hrefs hrefs;

    /** A body's meetings as iCalendar text, and when the newest of them (or the body) last changed. */
    public record Calendar(String text, OffsetDateTime modifiedAt) {
    }

    /** Meetings newest first. */
    public Found<Views.MeetingSummary> find(MeetingFilter filter, int page, int size) {
        List<MeetingEntity> found = meetings.newestFirst(filter, page, size);
        Map<String, Long> itemCounts = items.countsOf(found.stream().map(m -> m.id).toList());
        List<Views.MeetingSummary> summaries = found.stream()
                .map(m -> summary(m, itemCounts.getOrDefault(m.id, 0L).intValue())).toList();
        return new Found<>(summaries, meetings.count(filter));
    }

    /**
     * The meetings of the filter's body, which must exist.
     *
     * @throws ProblemException not-found for an unknown body
     */
    public Found<Views.MeetingSummary> ofCommittee(MeetingFilter filter, int page, int size) {
        committees.committee(filter.committee());
        return find(filter, page, size);
    }

    /** @throws ProblemException not-found, or gone for a withdrawn meeting */
    public Views.Meeting meeting(String id) {
        MeetingEntity m = meetings.withBody(id).orElseThrow(() -> ProblemException.notFound(
                "No meeting with id '" + id + "'. Meeting ids are <body>-<date>, e.g. su-2025-12-11."));
        if (m.withdrawn) {
            throw new ProblemException(ProblemType.GONE, "Meeting " + id + " is gone: every version of its minutes "
                    + "was withdrawn (at " + m.modifiedAt + ").");
        }
        return meeting(m, items.ofMeeting(m.id));
    }

    /**
     * One agenda item, as its meeting shows it.
     *
     * @throws ProblemException not-found for an unknown meeting or number, gone for a withdrawn meeting
     */
    public Item item(String meetingId, int number) {
        Views.Meeting meeting = meeting(meetingId);
        return meeting.items().stream().filter(i -> i.number() == number).findFirst()
                .map(i -> new Item(i, meeting.modifiedAt()))
                .orElseThrow(() -> ProblemException.notFound("Meeting " + meetingId + " has no item " + number
                        + "; its items are numbered " + meeting.items().stream().map(i -> String.valueOf(i.number()))
                        .collect(java.util.stream.Collectors.joining(", ")) + "."));
    }

    /** An item and when its meeting last changed. */
    public record Item(Views.Item item, OffsetDateTime modifiedAt) {
    }

    /**
     * The next meetings for an export, by id after {@code afterId} (null: from the first), each as {@code GET
     * /meetings/{id}} answers it; withdrawn ones only when {@code modifiedSince} is given, then with
     * {@code deleted: true}, for a mirror that syncs. Two statements a batch.
     */
    @Transactional
    public List<Views.Meeting> exportBatch(String afterId, OffsetDateTime modifiedSince, int size) {
        List<MeetingEntity> batch = meetings.afterId(afterId, modifiedSince, size);
        Map<String, List<AgendaItemEntity>> agendas = items.ofMeetings(batch.stream().map(m -> m.id).toList());
        return batch.stream().map(m -> meeting(m, agendas.getOrDefault(m.id, List.of()))).toList();
    }

    private Views.Meeting meeting(MeetingEntity m, List<AgendaItemEntity> agenda) {
        return new Views.Meeting(m.id, Views.CommitteeRef.of(m.body), m.localStart(), m.location, m.status, m.version,
                m.documentId, hrefs.documentLink(m.documentId), hrefs.personsNamed(m.attendees),
                hrefs.personsNamed(m.absentees), agenda.stream().map(this::item).toList(), m.modifiedAt,
                m.withdrawn, hrefs.meeting(m.id));
    }

    /**
     * The iCalendar (RFC 5545) text of the body's meetings, newest first, each with its agenda titles as description.
     *
     * @throws ProblemException not-found for an unknown body
     */
    public Calendar calendar(String bodyId) {
        Views.Committee body = committees.committee(bodyId);
        List<MeetingEntity> list = meetings.ofBody(bodyId);
        Map<String, List<AgendaItemEntity>> agendas = items.ofMeetings(list.stream().map(m -> m.id).toList());
        List<ICalendar.Event> events = list.stream().map(m -> event(m, agendas.getOrDefault(m.id, List.of()))).toList();
        OffsetDateTime modified = list.stream().map(m -> m.modifiedAt).reduce(body.modifiedAt(),
                (a, b) -> b.isAfter(a) ? b : a);
        return new Calendar(ICalendar.calendar(body.name(), events), modified);
    }

    private static ICalendar.Event event(MeetingEntity m, List<AgendaItemEntity> agenda) {
        String description = String.join("\n", agenda.stream().map(i -> i.key.number() + ". " + i.title).toList());
        return new ICalendar.Event(m.id + "@sagsspor", m.localStart(), ASSUMED_LENGTH, "Møde: " + m.id, m.location,
                description.isEmpty() ? null : description, "DRAFT".equals(m.status), m.modifiedAt);
    }

    private Views.MeetingSummary summary(MeetingEntity m, int itemCount) {
        return new Views.MeetingSummary(m.id, Views.CommitteeRef.of(m.body), m.localStart(), m.location, m.status,
                m.version, itemCount, m.modifiedAt, m.withdrawn, hrefs.meeting(m.id));
    }

    private Views.Item item(AgendaItemEntity i) {
        String meetingId = i.key.meetingId();
        return new Views.Item(meetingId, i.key.number(), i.title, i.timeSlot, i.caseNumber,
                hrefs.caseLink(i.caseNumber), i.decisionText, i.outcome, hrefs.personsNamed(i.absentees),
                new Views.Sections(i.resume, i.indstillinger, i.sagsfremstilling, i.oekonomiskeKonsekvenser),
                i.plannedRoute, i.attachments, hrefs.item(meetingId, i.key.number()));
    }
}
