package dk.sagsspor.ingest.service;

import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.Meeting;
import dk.sagsspor.ingest.repository.DocumentRepository;
import dk.sagsspor.ingest.repository.MeetingRepository;
import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.minutesevents.EventFactory;
import dk.sagsspor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a meeting's minutes is current, and what consumers are told when that changes. The current version
 * is always the highest-numbered accepted (not withdrawn) document of the meeting. Each change raises the meeting's
 * revision and writes, in the caller's transaction: the current version's events at that revision, a retraction for
 * every case number the previous version carried and the current one does not, and, when no version is left, the
 * meeting's withdrawal.
 */
@ApplicationScoped
public class MeetingVersions {

    /** Why the current version changed: it decides the retractions' reason. */
    public enum Change { CORRECTED, WITHDRAWN }

    @Inject
    DocumentRepository documents;
    @Inject
    MeetingRepository meetings;
    @Inject
    Outbox outbox;

    /** The meeting, locked for this transaction, so two changes of one meeting take turns; created when new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting lock(String meetingId, ParseResult result) {
        return meetings.findForUpdate(meetingId).orElseGet(() -> {
            Meeting meeting = new Meeting();
            meeting.id = meetingId;
            meeting.bodyId = result.body().id();
            meeting.meetingDate = result.startsAt().toLocalDate();
            return meeting;
        });
    }

    /**
     * The number a new document of the meeting gets: one above every version it ever had, withdrawn ones too. A meeting
     * not stored yet ({@link #lock} made it) has had none: its row is written with its first document, and no document
     * names a meeting without one, so a backfill's new meetings ask nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextVersion(Meeting meeting) {
        return meetings.isPersistent(meeting) ? documents.highestVersion(meeting.id) + 1 : 1;
    }

    /**
     * Works out the meeting's current version after a document of it was added, withdrawn or reinstated, and writes
     * the events if it changed.
     *
     * @param withdrawalReason why, when a withdrawal leaves no version; else null
     * @return how many events were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int settle(Meeting meeting, Change change, String withdrawalReason) {
        return settle(meeting, documents.currentOf(meeting.id), change, withdrawalReason);
    }

    /**
     * {@link #settle} after a new document of the meeting was stored: it is the current version by construction (the
     * highest number, accepted), so it is not read back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int settleAdded(Meeting meeting, Document added) {
        return settle(meeting, Optional.of(added), Change.CORRECTED, null);
    }

    private int settle(Meeting meeting, Optional<Document> current, Change change, String withdrawalReason) {
        Document previous = meeting.currentDocumentId == null ? null
                : documents.findById(meeting.currentDocumentId);
        if (current.isPresent() && previous != null && current.get().id.equals(previous.id)) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        meeting.revision = meeting.revision + 1;
        meeting.currentDocumentId = current.map(d -> d.id).orElse(null);
        current.ifPresent(d -> meeting.currentVersion = d.meetingVersion);
        meeting.updatedAt = now;
        meetings.persist(meeting);

        List<EventEnvelope> events = new ArrayList<>();
        ParseResult currentResult = current.map(Document::parsed).orElse(null);
        current.ifPresent(d -> events.addAll(EventFactory.eventsOf(currentResult, source(d, meeting,
                previous == null ? null : previous.id.toString(), now))));
        if (previous != null) {
            ParseResult before = previous.parsed();
            String reason = change == Change.WITHDRAWN ? AgendaItemRetractedV1.WITHDRAWN : AgendaItemRetractedV1.CORRECTED;
            EventFactory.Source replaced = source(previous, meeting, null, now);
            events.addAll(EventFactory.retractionsOf(before, currentResult, replaced, meeting.revision, reason, now));
            if (current.isEmpty()) {
                events.add(EventFactory.meetingWithdrawn(before, replaced, meeting.revision, withdrawalReason, now));
            }
        }
        outbox.enqueueAll(events);
        return events.size();
    }

    private static EventFactory.Source source(Document document, Meeting meeting, String supersedes,
                                              OffsetDateTime at) {
        return new EventFactory.Source(document.id.toString(), document.sha256, meeting.id, document.meetingVersion,
                meeting.revision, supersedes, at);
    }
}
