package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.domain.ICalendar;
import dk.sagsspor.meetings.repository.AgendaItemEntity;
import dk.sagsspor.meetings.repository.MeetingEntity;
import dk.sagsspor.meetings.repository.MeetingFilter;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
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

    /** Meetings newest first. */
    public FoundMeetings find(MeetingFilter filter, int page, int size) {
        List<MeetingEntity> found = meetings.newestFirst(filter, page, size);
        Map<String, Long> itemCounts = items.countsOf(found.stream().map(m -> m.id).toList());
        List<Views.MeetingSummary> summaries = found.stream()
                .map(m -> summary(m, itemCounts.getOrDefault(m.id, 0L).intValue())).toList();
        return new FoundMeetings(summaries, meetings.count(filter), page, size);
    }

    /**
     * The meetings of the filter's body, which must exist.
     *
     * @throws ProblemException not-found for an unknown body
     */
    public FoundMeetings ofCommittee(MeetingFilter filter, int page, int size) {
        committees.committee(filter.committee());
        return find(filter, page, size);
    }

    /** @throws ProblemException not-found */
    public Views.Meeting meeting(String id) {
        MeetingEntity m = meetings.withBody(id).orElseThrow(() -> ProblemException.notFound(
                "No meeting with id '" + id + "'. Meeting ids are <body>-<date>, e.g. su-2025-12-11."));
        if (m.withdrawn) {
            throw new ProblemException(ProblemType.GONE, "Meeting " + id + " is gone: every version of its minutes "
                    + "was withdrawn (at " + m.modifiedAt + ").");
        }
        List<Views.Item> agenda = items.ofMeeting(m.id).stream().map(MeetingQueries::item).toList();
        return new Views.Meeting(m.id, Views.CommitteeRef.of(m.body), m.localStart(), m.location, m.status, m.version,
                m.documentId, m.attendees, m.absentees, agenda, m.modifiedAt);
    }

    /**
     * The iCalendar (RFC 5545) text of the body's meetings, newest first, each with its agenda titles as description.
     *
     * @throws ProblemException not-found for an unknown body
     */
    public String calendar(String bodyId) {
        Views.Committee body = committees.committee(bodyId);
        List<MeetingEntity> list = meetings.ofBody(bodyId);
        Map<String, List<AgendaItemEntity>> agendas = items.ofMeetings(list.stream().map(m -> m.id).toList());
        List<ICalendar.Event> events = list.stream().map(m -> event(m, agendas.getOrDefault(m.id, List.of()))).toList();
        return ICalendar.calendar(body.name(), events);
    }

    private static ICalendar.Event event(MeetingEntity m, List<AgendaItemEntity> agenda) {
        String description = String.join("\n", agenda.stream().map(i -> i.key.number() + ". " + i.title).toList());
        return new ICalendar.Event(m.id + "@sagsspor", m.localStart(), ASSUMED_LENGTH, "Møde: " + m.id, m.location,
                description.isEmpty() ? null : description, "DRAFT".equals(m.status), m.modifiedAt);
    }

    private static Views.MeetingSummary summary(MeetingEntity m, int itemCount) {
        return new Views.MeetingSummary(m.id, Views.CommitteeRef.of(m.body), m.localStart(), m.location, m.status,
                m.version, itemCount, m.modifiedAt, m.withdrawn);
    }

    private static Views.Item item(AgendaItemEntity i) {
        return new Views.Item(i.key.number(), i.title, i.timeSlot, i.caseNumber, i.decisionText, i.outcome,
                i.absentees, new Views.Sections(i.resume, i.indstillinger, i.sagsfremstilling,
                i.oekonomiskeKonsekvenser), i.plannedRoute, i.attachments);
    }
}
