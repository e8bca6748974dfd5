package dk.sagsspor.meetings.service;

import dk.sagsspor.events.HistoryStepV1;
import dk.sagsspor.events.MeetingItemV1;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.meetings.repository.AgendaItemEntity;
import dk.sagsspor.meetings.repository.MeetingEntity;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.municipal.BodyRegistry;
import dk.sagsspor.municipal.DanishDates;
import dk.sagsspor.municipal.ElectoralTerms;
import dk.sagsspor.municipal.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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

    @Inject
    EntityManager em;
    @Inject
    Repositories.Meetings meetings;
    @Inject
    Repositories.AgendaItems items;
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
        registerBodies(event, now);
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
        MeetingEntity stored = meeting;
        event.items().forEach(item -> items.persist(item(stored, item)));
        recordAttendance(event, now);
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
            body(event.meeting().body().id(), event.meeting().body().name(), now);
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
     * Events of one batch share a transaction: an earlier event of the same meeting may have left its agenda items
     * managed, and the bulk delete of {@link #forgetAgendaAndAttendance} would not detach them, so persisting the new
     * items under the same keys would fail. Everything so far is written, then the session starts empty. Every event
     * changes what a search may find, so kept search pages are forgotten once the transaction ends.
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

    private void registerBodies(MeetingPublishedV1 event, OffsetDateTime now) {
        body(event.body().id(), event.body().name(), now);
        for (MeetingItemV1 item : event.items()) {
            item.plannedRoute().forEach(id -> body(id, null, now));
            item.history().forEach(step -> body(step.body().id(), step.body().name(), now));
        }
    }

    /** Registers a body on first sight; a real name replaces a placeholder id-as-name seen in a route before. */
    private void body(String id, String seenName, OffsetDateTime now) {
        var registered = BodyRegistry.byId(id);
        String name = registered.map(BodyRegistry.Entry::name).orElse(seenName != null ? seenName : id);
        em.createNativeQuery("""
                        insert into body (id, name, abbreviation, kind, modified_at) values (:id, :name, :abbr, :kind, :now)
                        on conflict (id) do update set name = excluded.name, modified_at = excluded.modified_at
                        where body.name = body.id and excluded.name <> excluded.id""")
                .setParameter("id", id).setParameter("name", name)
                .setParameter("abbr", registered.map(BodyRegistry.Entry::abbreviation).orElse(null))
                .setParameter("kind", registered.map(BodyRegistry.Entry::kind).orElse("OTHER"))
                .setParameter("now", now)
                .executeUpdate();
    }

    private void recordAttendance(MeetingPublishedV1 event, OffsetDateTime now) {
        LocalDate date = event.startsAt().toLocalDate();
        String body = event.body().id();
        event.attendees().forEach(name -> attendance(event.meetingId(), name, body, date, true, now));
        event.absentees().forEach(name -> attendance(event.meetingId(), name, body, date, false, now));
        for (MeetingItemV1 item : event.items()) {
            item.absentees().forEach(name -> attendance(event.meetingId(), name, body, date, false, now));
            for (HistoryStepV1 step : item.history()) {
                step.absentees().forEach(name ->
                        attendance(event.meetingId(), name, step.body().id(), step.date(), false, now));
            }
        }
    }

    /** An "Afbud:" outweighs the attendance list: a member listed and excused was not there. */
    private void attendance(String meetingId, String name, String bodyId, LocalDate date, boolean attended,
                            OffsetDateTime now) {
        String personId = People.idOf(name);
        em.createNativeQuery("""
                        insert into person (id, name, modified_at) values (:id, :name, :now)
                        on conflict (id) do nothing""")
                .setParameter("id", personId).setParameter("name", name).setParameter("now", now).executeUpdate();
        em.createNativeQuery("""
                        insert into attendance (source_meeting_id, person_id, body_id, date, term, attended)
                        values (:meeting, :person, :body, :date, :term, :attended)
                        on conflict (source_meeting_id, person_id, body_id, date)
                        do update set attended = attendance.attended and excluded.attended""")
                .setParameter("meeting", meetingId).setParameter("person", personId).setParameter("body", bodyId)
                .setParameter("date", date).setParameter("term", ElectoralTerms.of(date))
                .setParameter("attended", attended)
                .executeUpdate();
    }

    private AgendaItemEntity item(MeetingEntity meeting, MeetingItemV1 item) {
        AgendaItemEntity entity = new AgendaItemEntity();
        entity.key = new AgendaItemEntity.Key(meeting.id, item.number());
        entity.meetingStartsAt = meeting.startsAt;
        entity.title = item.title();
        entity.timeSlot = item.timeSlot();
        entity.caseNumber = item.caseNumber();
        entity.decisionText = item.decisionText();
        entity.outcome = item.outcome();
        entity.absentees = item.absentees();
        if (item.sections() != null) {
            entity.resume = item.sections().resume();
            entity.indstillinger = item.sections().indstillinger();
            entity.sagsfremstilling = item.sections().sagsfremstilling();
            entity.oekonomiskeKonsekvenser = item.sections().oekonomiskeKonsekvenser();
        }
        entity.plannedRoute = item.plannedRoute();
        entity.attachments = item.attachments();
        return entity;
    }
}
