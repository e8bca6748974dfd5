package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.repository.CaseAnswerRepository;
import dk.sagsspor.cases.repository.CaseAnswerRepository.Written;
import dk.sagsspor.cases.repository.CaseViewRepository;
import dk.sagsspor.cases.repository.CaseViewRepository.StoredView;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.HttpCaching.Gzipped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Writes {@code GET /cases/{n}}'s answers ahead, into table {@code case_answer}: at 100,000 cases most reads miss the
 * answers kept in memory ({@link CaseAnswers}), and writing one from the view took about a millisecond of CPU. A
 * consumer of decisions writes the answers of the cases it changed in its own transaction ({@link #writeChanged}),
 * from the views it just computed; a consumer that hears of a meeting marks due the answers that may link it, and this
 * writes those a batch at a time, a moment later, from the stored views (meanwhile a read writes the answer from the
 * view, as before). Marking a decision's answer due for this writer wrote each changed row twice and read its view back
 * (issue 13, docs/performance.md).
 */
@ApplicationScoped
public class CaseAnswerWriter {

    private static final Logger LOG = Logger.getLogger(CaseAnswerWriter.class);

    /** Cases a transaction writes: their views, their meetings' links (one statement), their answers. */
    static final int BATCH = 100;

    @Inject
    CaseAnswerRepository stored;
    @Inject
    CaseViewRepository views;
    @Inject
    CaseLinks links;
    @Inject
    CaseQueries queries;
    @Inject
    Hrefs hrefs;
    private boolean basesChecked;

    @Scheduled(every = "${sagsspor.cases.answers.write-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void writeDue() {
        try {
            if (!basesChecked) {
                // Answers stored with other public base URLs (a deployment moved) are written again, once per start.
                QuarkusTransaction.requiringNew().run(() -> stored.markDueUnless(hrefs.bases()));
                basesChecked = true;
            }
            int written;
            do {
                written = QuarkusTransaction.requiringNew().call(this::writeBatch);
            } while (written == BATCH);
        } catch (RuntimeException e) {
            // The database is away, most likely: the answers stay due, reads write them meanwhile; the next tick retries.
            LOG.warnf("Stored answers not written, will retry: %s", e.getMessage());
        }
    }

    /**
     * Writes the answers of cases the current transaction changed (possibly deleted: no answer), from their views as
     * computed; they are not due any more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeChanged(List<CaseView> changed, Set<String> deleted) {
        if (changed.isEmpty()) {
            return;
        }
        stored.holdMeetingsShared();
        List<String> gone = new ArrayList<>();
        List<CaseView> current = new ArrayList<>();
        for (CaseView view : changed) {
            if (deleted.contains(view.caseNumber())) {
                gone.add(view.caseNumber());
            } else {
                current.add(view);
            }
        }
        write(gone, current);
    }

    /** Writes up to a batch of due answers; returns how many were due. */
    int writeBatch() {
        stored.holdMeetingsShared(); // before any row is locked: see CaseAnswerRepository#holdMeetingsShared
        List<String> due = stored.lockDue(BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, StoredView> byCase = views.storedOf(due);
        List<String> gone = new ArrayList<>();
        List<CaseView> current = new ArrayList<>();
        for (String caseNumber : due) {
            StoredView view = byCase.get(caseNumber);
            if (view == null || view.deleted()) {
                gone.add(caseNumber);
            } else {
                current.add(EventJson.read(view.view(), CaseView.class));
            }
        }
        write(gone, current);
        return due.size();
    }

    /**
     * Stores the answers of the {@code current} cases, linked to the meetings known now (one statement for all of
     * them), and none for the {@code gone} ones: a read of those answers 404 or 410 from the view.
     */
    private void write(List<String> gone, List<CaseView> current) {
        List<Written> written = new ArrayList<>(gone.size() + current.size());
        gone.forEach(caseNumber -> written.add(new Written(caseNumber, null, null, null, Set.of())));
        List<CaseViews.Case> linked = links.linked(current, Set.of());
        String bases = hrefs.bases();
        for (int i = 0; i < current.size(); i++) {
            CaseView view = current.get(i);
            Gzipped answer = queries.answerOf(linked.get(i));
            written.add(new Written(view.caseNumber(), answer.gzippedBody(), answer.etag(), bases,
                    CaseLinks.meetingKeys(view)));
        }
        stored.writeAll(written);
    }
}
