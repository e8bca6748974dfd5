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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a consumer batch's meeting-published and meeting-withdrawn events at the end of its transaction (the message
 * log records their ids in it), in the order they came, each unless a newer revision of its meeting is stored or came
 * before it: the meeting, its agenda, the bodies and people it names and the attendance it records replace what the
 * older version said. A batch of meetings is a few statements, not a few per meeting: its meetings read in one, their
 * bodies, persons, attendance and agenda items each written in one.
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
    @Inject
    PendingMeetings pending;

    /** Applied at the end of the transaction ({@link #applyPending}), unless a newer version is known by then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(MeetingPublishedV1 event) {
        pending.add(new PendingMeetings.Published(event));
    }

    /**
     * The meeting is gone (every version of its minutes withdrawn): at the end of the transaction its agenda and
     * attendance go, the row stays, marked withdrawn, unless a newer revision is known by then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(MeetingWithdrawnV1 event) {
        pending.add(new PendingMeetings.Withdrawn(event));
    }

    /**
     * Applies the transaction's events in the order they came, each against what the ones before it left (its
     * meeting as stored, or as an earlier event of the batch made it), then writes the outcome: each changed meeting
     * once, with its newest version's agenda and attendance. Last in each batch's transaction (MeetingConsumer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPending() {
        List<PendingMeetings.Change> changes = pending.drain();
        if (changes.isEmpty()) {
            return;
        }
        Map<String, MeetingEntity> byId = new HashMap<>(meetings.byIds(
                changes.stream().map(PendingMeetings.Change::meetingId).collect(Collectors.toSet())));
        Set<String> stored = Set.copyOf(byId.keySet());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        MeetingNames names = new MeetingNames();
        Map<String, MeetingPublishedV1> agendas = new LinkedHashMap<>(); // meeting -> the version whose agenda stands
        Set<String> changed = new LinkedHashSet<>();
        for (PendingMeetings.Change change : changes) {
            MeetingEntity meeting = byId.get(change.meetingId());
            if (change instanceof PendingMeetings.Published p) {
                if (meeting != null && meeting.revision > revisionOf(p.event())) {
                    continue; // superseded
                }
                byId.put(p.meetingId(), published(meeting == null ? new MeetingEntity() : meeting, p.event(), now));
                names.add(p.event());
                agendas.put(p.meetingId(), p.event());
            } else if (change instanceof PendingMeetings.Withdrawn w) {
                if (meeting != null && meeting.revision > w.event().revision()) {
                    continue; // stale
                }
                if (meeting == null) {
                    // Never seen published (a consumer that started late): kept as withdrawn, so GET still says 410.
                    names.body(w.event().meeting().body().id(), w.event().meeting().body().name());
                }
                byId.put(w.meetingId(), withdrawn(meeting, w.event(), now));
                names.withdraw(w.meetingId());
                agendas.remove(w.meetingId());
            }
            changed.add(change.meetingId());
        }
        if (changed.isEmpty()) {
            return;
        }
        write(changed.stream().map(byId::get).toList(), changed.stream().filter(stored::contains).toList(),
                agendas.values(), names, now);
        searchAnswers.forgetAllAfterCommit();
    }

    /** Bodies first and meetings before what refers to them; the older versions' agendas and attendance go first. */
    private void write(List<MeetingEntity> changed, List<String> wereStored, Collection<MeetingPublishedV1> agendas,
                       MeetingNames names, OffsetDateTime now) {
        registrations.bodies(names.bodies(), now);
        items.deleteOf(wereStored);
        registrations.forgetAttendanceOf(wereStored);
        changed.stream().filter(m -> !meetings.isPersistent(m)).forEach(meetings::persist);
        em.flush();
        items.insertAll(agendas.stream().flatMap(event -> event.items().stream()
                .map(item -> row(event.meetingId(), event.startsAt(), item))).toList());
        registrations.persons(names.persons(), now);
        registrations.attendance(names.attendance());
    }

    /** The meeting as the minutes give it. */
    private static MeetingEntity published(MeetingEntity meeting, MeetingPublishedV1 event, OffsetDateTime now) {
        meeting.id = event.meetingId();
        meeting.bodyId = event.body().id();
        meeting.startsAt = event.startsAt();
        meeting.startOffset = event.startsAt().getOffset().getId().replace("Z", "+00:00");
        meeting.location = event.location();
        meeting.status = event.status();
        meeting.version = event.meetingVersion();
        meeting.revision = revisionOf(event);
        meeting.withdrawn = false;
        meeting.documentId = event.documentId();
        meeting.attendees = event.attendees();
        meeting.absentees = event.absentees();
        meeting.modifiedAt = now;
        return meeting;
    }

    /** The meeting marked withdrawn; one never seen published is made from what the withdrawal says of it. */
    private static MeetingEntity withdrawn(MeetingEntity seen, MeetingWithdrawnV1 event, OffsetDateTime now) {
        MeetingEntity meeting = seen;
        if (meeting == null) {
            meeting = new MeetingEntity();
            meeting.id = event.meeting().id();
            meeting.bodyId = event.meeting().body().id();
            meeting.startsAt = event.meeting().date().atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime();
            meeting.startOffset = meeting.startsAt.getOffset().getId();
            meeting.status = "FINAL";
            meeting.documentId = event.documentId();
            meeting.attendees = List.of();
            meeting.absentees = List.of();
        }
        meeting.revision = event.revision();
        meeting.withdrawn = true;
        meeting.modifiedAt = now;
        return meeting;
    }

    /** Events from before revisions existed carry none (0): their meeting version ordered them then. */
    private static int revisionOf(MeetingPublishedV1 event) {
        return event.revision() > 0 ? event.revision() : event.meetingVersion();
    }

    private static Repositories.AgendaItems.Row row(String meetingId, OffsetDateTime startsAt, MeetingItemV1 item) {
        SectionsV1 sections = item.sections() == null ? NO_SECTIONS : item.sections();
        return new Repositories.AgendaItems.Row(meetingId, startsAt, item.number(), item.title(), item.timeSlot(),
                item.caseNumber(), item.decisionText(), item.outcome(), item.absentees(), sections.resume(),
                sections.indstillinger(), sections.sagsfremstilling(), sections.oekonomiskeKonsekvenser(),
                item.plannedRoute(), item.attachments());
    }
}
