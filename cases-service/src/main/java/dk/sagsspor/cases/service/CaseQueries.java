package dk.sagsspor.cases.service;

import dk.sagsspor.events.EventJson;
import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.cases.repository.CaseAnswerRepository;
import dk.sagsspor.cases.repository.CaseViewEntity;
import dk.sagsspor.cases.repository.CaseViewRepository;
import dk.sagsspor.cases.repository.ListedCase;
import io.quarkus.panache.common.Page;
import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.HttpCaching.Gzipped;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads cases as the API shows them. */
@ApplicationScoped
public class CaseQueries {

    /**
     * One line of the case list.
     *
     * @param deleted true for a case no document speaks of any more (listed only with modifiedSince, for sync)
     */
    public record CaseSummary(String caseNumber, String title, CaseStatus status,
                              @Schema(nullable = true) Committee nextCommittee, LocalDate lastActivity, long revision,
                              OffsetDateTime modifiedAt, boolean deleted, String href) {
    }

    @Inject
    CaseViewRepository views;
    @Inject
    CaseLinks links;
    @Inject
    Hrefs hrefs;
    @Inject
    CaseAnswers answers;
    @Inject
    CaseAnswerRepository storedAnswers;
    @Inject
    HttpCaching caching;

    /**
     * {@code GET /cases/{n}}'s answer, gzipped: the one {@link CaseAnswerWriter} stored, or, while that is due (or was
     * written with other base URLs), the one written now from the view. Empty: no minutes mention the case.
     *
     * @throws ProblemException gone when every document that spoke of the case was withdrawn or corrected
     */
    public Optional<Gzipped> answer(String caseNumber) {
        return storedAnswers.find(caseNumber).flatMap(found -> {
            if (found.deleted()) {
                throw gone(caseNumber, found.modifiedAt());
            }
            if (found.gzippedAnswer() != null && hrefs.bases().equals(found.links())) {
                return Optional.of(Gzipped.stored(found.gzippedAnswer(), MediaType.APPLICATION_JSON, found.etag(),
                        found.modifiedAt()));
            }
            return find(caseNumber).map(this::answerOf);
        });
    }

    /** A linked case as {@code GET /cases/{n}} answers it, gzipped: here for a read, in {@link CaseAnswerWriter} ahead. */
    Gzipped answerOf(CaseViews.Case linked) {
        return caching.json(linked, linked.modifiedAt()).gzipped();
    }

    /** @throws ProblemException gone when every document that spoke of the case was withdrawn or corrected */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseViews.Case> find(String caseNumber) {
        return views.findByIdOptional(caseNumber).map(entity -> {
            if (entity.deleted) {
                throw gone(caseNumber, entity.updatedAt);
            }
            return links.linked(read(entity));
        });
    }

    private static ProblemException gone(String caseNumber, OffsetDateTime at) {
        return new ProblemException(ProblemType.GONE, "Case " + caseNumber + " is gone: every document that spoke of "
                + "it was withdrawn or corrected (at " + at + ").");
    }

    /**
     * With {@code modifiedSince}: what changed since then, oldest change first, deleted cases included. Two indexed
     * statements at most: the page's columns, and the count, which is skipped when the page itself shows it is the
     * last one. The pages of a status or committee (no words, no modifiedSince) are kept ({@link CaseAnswers}) until
     * any case changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Found<CaseSummary> search(CaseStatus status, String committee, String q, OffsetDateTime modifiedSince,
                                     int page, int size) {
        if (modifiedSince != null || q != null) {
            // A mirror's sync reads what the database has now, never a kept page; words are too many to keep.
            return read(status, committee, q, modifiedSince, page, size);
        }
        return answers.page(status + "|" + committee + "|" + page + "/" + size,
                () -> read(status, committee, null, null, page, size));
    }

    private Found<CaseSummary> read(CaseStatus status, String committee, String q, OffsetDateTime modifiedSince,
                                    int page, int size) {
        var query = views.search(status == null ? null : status.name(), committee, q, modifiedSince);
        List<CaseSummary> items = query.page(Page.of(page, size)).list().stream().map(this::summary).toList();
        boolean lastPage = !items.isEmpty() && items.size() < size || items.isEmpty() && page == 0;
        return new Found<>(items, lastPage ? (long) page * size + items.size() : query.count());
    }

    /**
     * The next cases for an export, by case number after {@code after} (null: from the first), each as {@code GET
     * /cases/{n}} answers it; deleted ones only with {@code modifiedSince} (then those changed since), marked
     * {@code deleted}. Two statements a batch: the cases, the meetings they link.
     */
    @Transactional
    public List<CaseViews.Case> exportBatch(String after, OffsetDateTime modifiedSince, int size) {
        List<CaseViewEntity> batch = views.afterCaseNumber(after, modifiedSince, size);
        return links.linked(batch.stream().map(this::read).toList(), batch.stream().filter(e -> e.deleted)
                .map(e -> e.caseNumber).collect(Collectors.toSet()));
    }

    /** A line of the list from the columns the list reads, not from the stored case. */
    private CaseSummary summary(ListedCase row) {
        Committee next = row.nextCommittee() == null ? null : Committee.of(row.nextCommittee(), row.nextCommitteeName());
        return new CaseSummary(row.caseNumber(), row.title(), CaseStatus.valueOf(row.status()), next,
                row.lastActivity(), row.revision(), row.updatedAt(), row.deleted(), hrefs.caseOf(row.caseNumber()));
    }

    private CaseView read(CaseViewEntity entity) {
        return EventJson.read(entity.view, CaseView.class);
    }
}
