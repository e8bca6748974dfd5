package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseStatement;
import dk.sagsspor.cases.domain.CaseTimeline;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.StatementLedger;
import dk.sagsspor.cases.domain.StatementLedger.MeetingOfCase;
import dk.sagsspor.cases.repository.CaseStatementRepository;
import dk.sagsspor.cases.repository.CaseViewRepository;
import dk.sagsspor.cases.repository.CaseViewRepository.StoredView;
import dk.sagsspor.cases.repository.CaseViewRepository.WrittenView;
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
import dk.sagsspor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.MDC;

/**
 * Applies what the minutes say to the cases, in the consumer's transaction (the message log records the event ids in
 * it): a decision stores its statement, a retraction removes what a meeting said about a case; both only when newer
 * (by the meeting's revision) than what that meeting said before ({@link StatementLedger}). The events are gathered as
 * they come and applied together at the end of the transaction ({@link #applyPending}), a few statements for the whole
 * batch: each touched case's timeline is recomputed once, however many of its events the batch held, and, if it
 * changed, the whole case goes out as case-updated (v2) through the outbox, with the case's next revision.
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
    PendingChanges pending;
    @Inject
    CaseAnswers answers;
    @Inject
    CaseAnswerWriter answerWriter;

    /** Stores the decision's statement at the end of the transaction, unless the meeting said something newer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgendaItemDecidedV1 event) {
        pending.add(new PendingChanges.Decision(CaseStatement.of(event), traceparent()));
    }

    /** Removes what the meeting said of the case at the end of the transaction, unless it said something newer since. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgendaItemRetractedV1 event) {
        pending.add(new PendingChanges.Retraction(event.caseNumber(), event.meeting().id(), event.revision(),
                traceparent()));
    }

    /**
     * Applies the transaction's decisions and retractions in the order they came, then recomputes each case they
     * changed, once; each case-updated carries the trace of the last event that changed the case. Eleven statements
     * whatever the size of the batch (for a hundred cases): the meetings' revisions (locked), the cases' statements
     * and their views read; revisions, removed and written statements and views written; the lock on the known
     * meetings taken and the meetings the answers link read, the answers ({@link CaseAnswerWriter#writeChanged}) and
     * case-updated events written.
     *
     * @return the cases that changed, as they are now (possibly deleted)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseView> applyPending() {
        List<PendingChanges.Change> changes = pending.drain();
        if (changes.isEmpty()) {
            return List.of();
        }
        Set<MeetingOfCase> meetings = new TreeSet<>(MEETING_ORDER);
        Set<String> named = new LinkedHashSet<>();
        changes.forEach(c -> {
            meetings.add(new MeetingOfCase(c.caseNumber(), c.meetingId()));
            named.add(c.caseNumber());
        });
        StatementLedger ledger = new StatementLedger(meetingRevisions.highestLocked(meetings), statements.ofCases(named));
        Map<String, String> touched = new LinkedHashMap<>(); // case -> trace of the last event that changed it
        for (PendingChanges.Change change : changes) {
            boolean changed = change instanceof PendingChanges.Decision d ? ledger.decide(d.statement())
                    : change instanceof PendingChanges.Retraction r && ledger.retract(r.caseNumber(), r.meetingId(),
                    r.revision());
            if (changed) {
                touched.remove(change.caseNumber());
                touched.put(change.caseNumber(), change.traceparent());
            }
        }
        OffsetDateTime now = now();
        meetingRevisions.recordAll(ledger.raisedRevisions());
        statements.removeAll(ledger.removed());
        statements.writeAll(ledger.written(), now);
        answers.forgetAfterCommit(touched.keySet());
        return recompute(touched, ledger, now);
    }

    /**
     * The touched cases' timelines from their statements now; the changed ones stored and published. Each touched
     * case's view is written as JSON once, as UTF-8 bytes: compared with the stored one's bytes, and, if it changed,
     * the same bytes go into its row and its event.
     */
    private List<CaseView> recompute(Map<String, String> touched, StatementLedger ledger, OffsetDateTime now) {
        Map<String, StoredView> stored = views.storedOf(touched.keySet());
        List<WrittenView> changed = new ArrayList<>();
        Set<String> deleted = new HashSet<>();
        List<Outbox.Traced> events = new ArrayList<>();
        touched.forEach((caseNumber, traceparent) -> {
            StoredView before = stored.get(caseNumber);
            Collection<CaseStatement> current = ledger.current(caseNumber);
            if (current.isEmpty()) {
                if (before != null && !before.deleted()) {
                    CaseView gone = EventJson.read(before.view(), CaseView.class).stored(before.revision() + 1, now);
                    changed.add(WrittenView.of(gone));
                    deleted.add(caseNumber);
                    events.add(new Outbox.Traced(caseUpdated(caseNumber, gone.revision(), null, now), traceparent));
                }
                return;
            }
            CaseView computed = CaseTimeline.of(caseNumber, current);
            WrittenView written = WrittenView.of(computed.stored(before == null ? 1 : before.revision() + 1, now));
            if (before != null && !before.deleted() && written.sameTimelineAs(before.view())) {
                return;
            }
            changed.add(written);
            events.add(new Outbox.Traced(caseUpdated(caseNumber, written.view().revision(), written.json(), now),
                    traceparent));
        });
        views.saveAll(changed, deleted);
        List<CaseView> changedViews = changed.stream().map(WrittenView::view).toList();
        answerWriter.writeChanged(changedViews, deleted);
        outbox.enqueueTraced(events);
        return changedViews;
    }

    /** The trace of the event being applied (MessageLog put it in the MDC), for the case-updated it causes. */
    private static String traceparent() {
        Object traceparent = MDC.get(Traceparent.MDC_TRACEPARENT);
        return traceparent == null ? null : traceparent.toString();
    }

    /**
     * The whole case (its view's JSON; null when deleted), keyed by case number; the id follows from the case and its
     * revision.
     */
    private EventEnvelope caseUpdated(String caseNumber, long revision, byte[] viewJson, OffsetDateTime at) {
        String eventId = EventIds.deterministic(Topics.CASE_UPDATED, caseNumber, String.valueOf(revision));
        CaseUpdatedV2 payload = new CaseUpdatedV2(eventId, CaseUpdatedV2.SCHEMA_VERSION, caseNumber, revision,
                viewJson == null, viewJson == null ? null : EventJson.raw(viewJson), at);
        return new EventEnvelope(Topics.CASE_UPDATED, caseNumber, eventId, EventTypes.CASE_UPDATED_V2, caseNumber, at,
                payload);
    }

    /** The order the meetings' revision rows are locked in, the same in every batch. */
    private static final Comparator<MeetingOfCase> MEETING_ORDER = Comparator.comparing(MeetingOfCase::caseNumber)
            .thenComparing(MeetingOfCase::meetingId);

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
