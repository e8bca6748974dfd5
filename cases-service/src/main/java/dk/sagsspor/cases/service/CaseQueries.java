package dk.sagsspor.cases.service;

import dk.sagsspor.events.EventJson;
import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.cases.repository.CaseViewEntity;
import dk.sagsspor.cases.repository.CaseViewRepository;
import dk.sagsspor.cases.repository.ListedCase;
import io.quarkus.panache.common.Page;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads cases as the API shows them. */
@ApplicationScoped
public class CaseQueries {

    /**
     * One line of the case list.
     *
     * @param deleted true for a case no document speaks of any more (listed only with modifiedSince, for sync)
     */
    public record CaseSummary(String caseNumber, String title, CaseStatus status, Committee nextCommittee,
                              LocalDate lastActivity, long revision, OffsetDateTime modifiedAt, boolean deleted) {
    }

    public record CasePage(List<CaseSummary> items, long total) {
    }

    @Inject
    CaseViewRepository views;

    /** @throws ProblemException gone when every document that spoke of the case was withdrawn or corrected */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> find(String caseNumber) {
        return views.findByIdOptional(caseNumber).map(entity -> {
            if (entity.deleted) {
                throw new ProblemException(ProblemType.GONE, "Case " + caseNumber + " is gone: every document that "
                        + "spoke of it was withdrawn or corrected (at " + entity.updatedAt + ").");
            }
            return read(entity);
        });
    }

    /**
     * With {@code modifiedSince}: what changed since then, oldest change first, deleted cases included. Two indexed
     * statements at most: the page's columns, and the count, which is skipped when the page itself shows it is the
     * last one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage search(CaseStatus status, String committee, String q, OffsetDateTime modifiedSince, int page,
                           int size) {
        var query = views.search(status == null ? null : status.name(), committee, q, modifiedSince);
        List<CaseSummary> items = query.page(Page.of(page, size)).list().stream().map(CaseQueries::summary).toList();
        boolean lastPage = !items.isEmpty() && items.size() < size || items.isEmpty() && page == 0;
        return new CasePage(items, lastPage ? (long) page * size + items.size() : query.count());
    }

    private static CaseSummary summary(ListedCase row) {
        Committee next = row.nextCommittee() == null ? null : Committee.of(row.nextCommittee(), row.nextCommitteeName());
        return new CaseSummary(row.caseNumber(), row.title(), CaseStatus.valueOf(row.status()), next,
                row.lastActivity(), row.revision(), row.updatedAt(), row.deleted());
    }

    private CaseView read(CaseViewEntity entity) {
        return EventJson.read(entity.view, CaseView.class);
    }
}
