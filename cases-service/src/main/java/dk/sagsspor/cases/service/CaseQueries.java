package dk.sagsspor.cases.service;

import dk.sagsspor.events.EventJson;
import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.cases.repository.CaseViewEntity;
import dk.sagsspor.cases.repository.CaseViewRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads cases as the API shows them. */
@ApplicationScoped
public class CaseQueries {

    /** One line of the case list. */
    public record CaseSummary(String caseNumber, String title, CaseStatus status, Committee nextCommittee,
                              LocalDate lastActivity) {
    }

    public record CasePage(List<CaseSummary> items, long total) {
    }

    private final CaseViewRepository views;
    CaseQueries(CaseViewRepository views) {
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> find(String caseNumber) {
        return views.findByIdOptional(caseNumber).map(this::read);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage search(CaseStatus status, String committee, String q, int page, int size) {
        var query = views.search(status == null ? null : status.name(), committee, q);
        List<CaseSummary> items = query.page(Page.of(page, size)).list().stream().map(this::summary).toList();
        return new CasePage(items, query.count());
    }

    private CaseSummary summary(CaseViewEntity entity) {
        CaseView view = read(entity);
        return new CaseSummary(view.caseNumber(), view.title(), view.status(), view.nextCommittee(), view.lastActivity());
    }

    private CaseView read(CaseViewEntity entity) {
        return EventJson.read(entity.view, CaseView.class);
    }
}
