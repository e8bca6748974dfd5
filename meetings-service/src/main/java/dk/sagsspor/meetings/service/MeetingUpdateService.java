package dk.sagsspor.meetings.service;

import dk.sagsspor.events.MeetingItemV1;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.events.SectionsV1;
import dk.sagsspor.meetings.repository.MeetingEntity;
import dk.sagsspor.meetings.repository.Registrations;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.municipal.DanishDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Applies one meeting-published event in the consumer's transaction (the message log records its id; a batch's
 * events share it), and unless a newer
 * version of the meeting is already stored, the meeting, its agenda, the bodies and people it names and the
 * attendance it records replace what the older version said.
 */
@ApplicationScoped
public class MeetingUpdateService {

    /** An item without sections (an older event's) stores none. */
    private static final SectionsV1 NO_SECTIONS = new SectionsV1(null, null, null, null);

    @Inject
    EntityManager em;
    @Inject
    Repositories.Meetings meetings;
    @Inject
    Repositories.AgendaItems items;
    @Inject
    Registrations registrations;
    @Inject
    SearchAnswers searchAnswers;

    /**
     * Called once per event, within the message log's transaction (see MeetingConsumer).
     *
     * @return false for a superseded version
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(MeetingPublishedV1 event) {
        startFresh();
        MeetingEntity meeting = meetings.findById(event.meetingId());
        int revision = revisionOf(event);
        if (meeting != null && meeting.revision > revision) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        MeetingNames names = MeetingNames.of(event);
        registrations.bodies(names.bodies(), now);
        if (meeting == null) {
            meeting = new MeetingEntity();
            meeting.id = event.meetingId();
        } else {
            // The older version's agenda and attendance go; the newer version says it all again.
            forgetAgendaAndAttendance(meeting.id);
        }
        meeting.bodyId = event.body().id();
        meeting.startsAt = event.startsAt();
        meeting.startOffset = event.startsAt().getOffset().getId().replace("Z", "+00:00");
        meeting.location = event.location();
        meeting.status = event.status();
        meeting.version = event.meetingVersion();
        meeting.revision = revision;
        meeting.withdrawn = false;
        meeting.documentId = event.documentId();
        meeting.attendees = event.attendees();
        meeting.absentees = event.absentees();
        meeting.modifiedAt = now;
        meetings.persist(meeting);
        em.flush();
        items.insertAll(meeting.id, meeting.startsAt, event.items().stream().map(MeetingUpdateService::row).toList());
        registrations.persons(names.persons(), now);
        registrations.attendance(event.meetingId(), names.attendance());
        return true;
    }

    /**
     * The meeting is gone (every version of its minutes withdrawn): its agenda and attendance go, the row stays,
     * marked withdrawn, unless a newer revision is stored already.
     *
     * @return false for a stale withdrawal
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(MeetingWithdrawnV1 event) {
        startFresh();
        MeetingEntity meeting = meetings.findById(event.meeting().id());
        if (meeting != null && meeting.revision > event.revision()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (meeting == null) {
            // Never seen published (a consumer that started late): kept as withdrawn, so GET still says 410.
            registrations.bodies(MeetingNames.onlyBody(event.meeting().body().id(), event.meeting().body().name()), now);
            meeting = new MeetingEntity();
            meeting.id = event.meeting().id();
            meeting.bodyId = event.meeting().body().id();
            meeting.startsAt = event.meeting().date().atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime();
            meeting.startOffset = meeting.startsAt.getOffset().getId();
            meeting.status = "FINAL";
            meeting.documentId = event.documentId();
            meeting.attendees = List.of();
            meeting.absentees = List.of();
        } else {
            forgetAgendaAndAttendance(meeting.id);
        }
        meeting.revision = event.revision();
        meeting.withdrawn = true;
        meeting.modifiedAt = now;
        meetings.persist(meeting);
        return true;
    }

    /**
     * Events of one batch share a transaction: everything so far is written, then the session starts empty, so each
     * event finds its meeting as the database has it (the agenda's and attendance's statements bypass the session).
     * Every event changes what a search may find, so kept search pages are forgotten once the transaction ends.
     */
    private void startFresh() {
        em.flush();
        em.clear();
        searchAnswers.forgetAllAfterCommit();
    }

    /** Events from before revisions existed carry none (0): their meeting version ordered them then. */
    private static int revisionOf(MeetingPublishedV1 event) {
        return event.revision() > 0 ? event.revision() : event.meetingVersion();
    }

    private void forgetAgendaAndAttendance(String meetingId) {
        items.delete("key.meetingId", meetingId);
        em.createNativeQuery("delete from attendance where source_meeting_id = :id").setParameter("id", meetingId)
                .executeUpdate();
    }

    private static Repositories.AgendaItems.Row row(MeetingItemV1 item) {
        SectionsV1 sections = item.sections() == null ? NO_SECTIONS : item.sections();
        return new Repositories.AgendaItems.Row(item.number(), item.title(), item.timeSlot(), item.caseNumber(),
                item.decisionText(), item.outcome(), item.absentees(), sections.resume(), sections.indstillinger(),
                sections.sagsfremstilling(), sections.oekonomiskeKonsekvenser(), item.plannedRoute(),
                item.attachments());
    }
}
