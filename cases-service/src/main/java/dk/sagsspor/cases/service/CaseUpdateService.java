package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseStatement;
import dk.sagsspor.cases.domain.CaseTimeline;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.cases.repository.CaseStatementEntity;
import dk.sagsspor.cases.repository.CaseStatementRepository;
import dk.sagsspor.cases.repository.CaseViewEntity;
import dk.sagsspor.cases.repository.CaseViewRepository;
import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.BodyRef;
import dk.sagsspor.events.CaseUpdatedV1;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventIds;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.Topics;
import dk.sagsspor.municipal.DanishDates;
import dk.sagsspor.municipal.ElectoralTerms;
import dk.sagsspor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Applies one agenda-item-decided event to its case, in the consumer's transaction (the message log records the event
 * id in it): the statement stored (a newer version of the same minutes replaces the older), the timeline recomputed, and, if it
 * changed, a case-updated event written to the outbox.
 */
@ApplicationScoped
public class CaseUpdateService {

    private final CaseStatementRepository statements;
    private final CaseViewRepository views;
    private final Outbox outbox;

    CaseUpdateService(CaseStatementRepository statements, CaseViewRepository views, Outbox outbox) {
        this.statements = statements;
        this.views = views;
        this.outbox = outbox;
    }

    /**
     * Called once per event, within the message log's transaction (see DecisionConsumer).
     *
     * @return the new view when the case changed; empty for a superseded version or no change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseView> apply(AgendaItemDecidedV1 event) {
        CaseStatement statement = CaseStatement.of(event);
        if (!store(statement)) {
            return Optional.empty();
        }
        CaseView view = CaseTimeline.of(statement.caseNumber(),
                statements.ofCase(statement.caseNumber()).stream().map(e -> EventJson.read(e.statement, CaseStatement.class)).toList());
        CaseViewEntity stored = views.findById(statement.caseNumber());
        String viewJson = EventJson.write(view);
        if (stored != null && EventJson.tree(stored.view).equals(EventJson.tree(viewJson))) {
            return Optional.empty();
        }
        save(stored, view, viewJson);
        outbox.enqueue(caseUpdated(event, view));
        return Optional.of(view);
    }

    /** Stores the statement unless a newer version of the same minutes is there already. */
    private boolean store(CaseStatement statement) {
        List<CaseStatementEntity> sameMeeting = statements.ofCaseAndMeeting(statement.caseNumber(), statement.meetingId());
        int storedVersion = sameMeeting.stream().mapToInt(e -> e.meetingVersion).max().orElse(0);
        if (storedVersion > statement.meetingVersion()) {
            return false;
        }
        CaseStatementEntity.Key key = new CaseStatementEntity.Key(statement.caseNumber(), statement.meetingId(),
                statement.itemNumber());
        // What an older version said about other items goes; the row of this item is updated in place.
        sameMeeting.stream().filter(e -> e.meetingVersion < statement.meetingVersion() && !e.key.equals(key))
                .forEach(statements::delete);
        CaseStatementEntity entity = sameMeeting.stream().filter(e -> e.key.equals(key)).findFirst()
                .orElseGet(CaseStatementEntity::new);
        entity.key = key;
        entity.meetingVersion = statement.meetingVersion();
        entity.meetingDate = statement.meetingDate();
        entity.statement = EventJson.write(statement);
        entity.receivedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        statements.persist(entity);
        return true;
    }

    private void save(CaseViewEntity stored, CaseView view, String viewJson) {
        CaseViewEntity entity = stored != null ? stored : new CaseViewEntity();
        entity.caseNumber = view.caseNumber();
        entity.title = view.title();
        entity.status = view.status().name();
        entity.nextCommittee = view.nextCommittee() == null ? null : view.nextCommittee().id();
        entity.lastActivity = view.lastActivity();
        entity.committees = " " + Stream.concat(view.plannedRoute().stream(), view.steps().stream().map(s -> s.committee()))
                .map(Committee::id).distinct().collect(Collectors.joining(" ")) + " ";
        entity.searchText = view.titles().stream().map(t -> t.title().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        entity.view = viewJson;
        entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        views.persist(entity);
    }

    private EventEnvelope caseUpdated(AgendaItemDecidedV1 cause, CaseView view) {
        String eventId = EventIds.deterministic(Topics.CASE_UPDATED, view.caseNumber(), cause.eventId());
        CaseUpdatedV1.ChangedStep changed = view.step(cause.meeting().date(), cause.meeting().body().id())
                .map(s -> new CaseUpdatedV1.ChangedStep(s.date(),
                        new BodyRef(s.committee().id(), s.committee().name(), ElectoralTerms.of(s.date())),
                        s.decisionText(), s.outcome(), s.conflict()))
                .orElse(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        CaseUpdatedV1 payload = new CaseUpdatedV1(eventId, CaseUpdatedV1.SCHEMA_VERSION, view.caseNumber(), view.title(),
                view.status().name(), view.nextCommittee() == null ? null : view.nextCommittee().id(),
                view.pending().stream().map(Committee::id).toList(), changed,
                view.lastActivity() == null ? null : view.lastActivity().atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime(),
                now);
        return new EventEnvelope(Topics.CASE_UPDATED, view.caseNumber(), eventId, EventTypes.CASE_UPDATED_V1,
                view.caseNumber(), now, payload);
    }
}
