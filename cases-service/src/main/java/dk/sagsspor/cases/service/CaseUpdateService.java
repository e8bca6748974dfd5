package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseStatement;
import dk.sagsspor.cases.domain.CaseTimeline;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.cases.repository.CaseStatementEntity;
import dk.sagsspor.cases.repository.CaseStatementRepository;
import dk.sagsspor.cases.repository.CaseViewEntity;
import dk.sagsspor.cases.repository.CaseViewRepository;
import dk.sagsspor.cases.repository.MeetingRevisionRepository;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.AgendaItemRetractedV1;
import dk.sagsspor.events.CaseUpdatedV2;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventIds;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.Topics;
import dk.sagsspor.events.Traceparent;
import dk.sagsspor.outbox.MessageLog;
import dk.sagsspor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Applies what the minutes say to the cases, in the consumer's transaction (the message log records the event ids in
 * it): a decision stores its statement, a retraction removes what a meeting said about a case; both only when newer
 * (by the meeting's revision) than what that meeting said before. At the end of the transaction
 * ({@link #recomputeTouched}) each touched case's timeline is recomputed once, however many of its events the batch
 * held, and, if it changed, the whole case goes out as case-updated (v2) through the outbox, with the case's next
 * revision.
 */
@ApplicationScoped
public class CaseUpdateService {

    @Inject
    CaseStatementRepository statements;
    @Inject
    MeetingRevisionRepository meetingRevisions;
    @Inject
    CaseViewRepository views;
    @Inject
    Outbox outbox;
    @Inject
    TouchedCases touched;
    @Inject
    MessageLog messageLog;
    @Inject
    CaseAnswers answers;

    /** Stores the decision's statement, unless the meeting said something newer of the case already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgendaItemDecidedV1 event) {
        CaseStatement statement = CaseStatement.of(event);
        if (!supersedes(statement.caseNumber(), statement.meetingId(), statement.revision())) {
            return;
        }
        // What this meeting said at an older revision goes (a dropped item, another item number); this item's row
        // is updated in place.
        CaseStatementEntity.Key key = new CaseStatementEntity.Key(statement.caseNumber(), statement.meetingId(),
                statement.itemNumber());
        List<CaseStatementEntity> sameMeeting = statements.ofCaseAndMeeting(statement.caseNumber(), statement.meetingId());
        sameMeeting.stream().filter(e -> e.revision < statement.revision() && !e.key.equals(key))
                .forEach(statements::delete);
        CaseStatementEntity entity = sameMeeting.stream().filter(e -> e.key.equals(key)).findFirst()
                .orElseGet(CaseStatementEntity::new);
        entity.key = key;
        entity.meetingVersion = statement.meetingVersion();
        entity.revision = statement.revision();
        entity.meetingDate = statement.meetingDate();
        entity.statement = EventJson.write(statement);
        entity.receivedAt = now();
        statements.persist(entity);
        touch(statement.caseNumber());
    }

    /** Removes what the meeting said of the case, unless it said something newer since. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgendaItemRetractedV1 event) {
        String meetingId = event.meeting().id();
        if (!supersedes(event.caseNumber(), meetingId, event.revision())) {
            return;
        }
        statements.ofCaseAndMeeting(event.caseNumber(), meetingId).forEach(statements::delete);
        touch(event.caseNumber());
    }

    /**
     * Recomputes each case touched in this transaction, once, each case-updated carrying the trace of the last event
     * that touched the case.
     *
     * @return the cases as they are now (possibly deleted), those that changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseView> recomputeTouched() {
        List<CaseView> changed = new ArrayList<>();
        Map<String, String> cases = touched.drain();
        answers.forgetAfterCommit(cases.keySet());
        cases.forEach((caseNumber, traceparent) -> {
            putTrace(traceparent);
            try {
                recompute(caseNumber).ifPresent(changed::add);
                messageLog.forgetManagedEntities();
            } finally {
                putTrace(null);
            }
        });
        return changed;
    }

    private void touch(String caseNumber) {
        Object traceparent = MDC.get(Traceparent.MDC_TRACEPARENT);
        touched.add(caseNumber, traceparent == null ? null : traceparent.toString());
    }

    /** The trace Outbox.enqueue copies into the row (see MessageLog): the event's, or none. */
    private static void putTrace(String traceparent) {
        if (traceparent == null) {
            MDC.remove(Traceparent.MDC_TRACEPARENT);
            MDC.remove(Traceparent.MDC_TRACE_ID);
        } else {
            MDC.put(Traceparent.MDC_TRACEPARENT, traceparent);
            MDC.put(Traceparent.MDC_TRACE_ID, Traceparent.traceId(traceparent));
        }
    }

    /** True, and recorded, when {@code revision} is at least what the meeting last said of the case. */
    private boolean supersedes(String caseNumber, String meetingId, int revision) {
        if (revision < meetingRevisions.highest(caseNumber, meetingId)) {
            return false;
        }
        meetingRevisions.record(caseNumber, meetingId, revision);
        return true;
    }

    private Optional<CaseView> recompute(String caseNumber) {
        statements.flush();
        List<CaseStatement> current = statements.ofCase(caseNumber).stream()
                .map(e -> EventJson.read(e.statement, CaseStatement.class)).toList();
        CaseViewEntity stored = views.findById(caseNumber);
        if (current.isEmpty()) {
            return stored == null || stored.deleted ? Optional.empty() : Optional.of(delete(stored));
        }
        CaseView computed = CaseTimeline.of(caseNumber, current);
        if (stored != null && !stored.deleted && computed.sameTimeline(EventJson.read(stored.view, CaseView.class))) {
            return Optional.empty();
        }
        CaseView view = computed.stored(stored == null ? 1 : stored.revision + 1, now());
        save(stored, view);
        outbox.enqueue(caseUpdated(view.caseNumber(), view.revision(), view, view.modifiedAt()));
        return Optional.of(view);
    }

    /** Keeps the row, marked deleted, so GET answers 410 and a mirror syncing with modifiedSince learns of it. */
    private CaseView delete(CaseViewEntity stored) {
        CaseView last = EventJson.read(stored.view, CaseView.class);
        stored.revision = stored.revision + 1;
        stored.deleted = true;
        stored.updatedAt = now();
        CaseView gone = last.stored(stored.revision, stored.updatedAt);
        stored.view = EventJson.write(gone);
        outbox.enqueue(caseUpdated(stored.caseNumber, stored.revision, null, stored.updatedAt));
        return gone;
    }

    private void save(CaseViewEntity stored, CaseView view) {
        CaseViewEntity entity = stored != null ? stored : new CaseViewEntity();
        entity.caseNumber = view.caseNumber();
        entity.title = view.title();
        entity.status = view.status().name();
        entity.nextCommittee = view.nextCommittee() == null ? null : view.nextCommittee().id();
        entity.nextCommitteeName = view.nextCommittee() == null ? null : view.nextCommittee().name();
        entity.lastActivity = view.lastActivity();
        entity.committees = " " + Stream.concat(view.plannedRoute().stream(), view.steps().stream().map(s -> s.committee()))
                .map(Committee::id).distinct().collect(Collectors.joining(" ")) + " ";
        entity.searchText = view.titles().stream().map(t -> t.title().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        entity.view = EventJson.write(view);
        entity.updatedAt = view.modifiedAt();
        entity.revision = view.revision();
        entity.deleted = false;
        views.persist(entity);
    }

    /** The whole case (null when deleted), keyed by case number; the id follows from the case and its revision. */
    private EventEnvelope caseUpdated(String caseNumber, long revision, CaseView view, OffsetDateTime at) {
        String eventId = EventIds.deterministic(Topics.CASE_UPDATED, caseNumber, String.valueOf(revision));
        CaseUpdatedV2 payload = new CaseUpdatedV2(eventId, CaseUpdatedV2.SCHEMA_VERSION, caseNumber, revision,
                view == null, view == null ? null : EventJson.toTree(view), at);
        return new EventEnvelope(Topics.CASE_UPDATED, caseNumber, eventId, EventTypes.CASE_UPDATED_V2, caseNumber, at,
                payload);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
