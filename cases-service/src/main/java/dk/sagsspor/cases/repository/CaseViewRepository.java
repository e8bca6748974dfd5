package dk.sagsspor.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class CaseViewRepository implements PanacheRepositoryBase<CaseViewEntity, String> {

    /**
     * Cases matching every given filter (null = no filter), most recently active first. With {@code modifiedSince}:
     * those changed at or after it, deleted ones too, in the order they changed (for a mirror that syncs). Each order
     * has an index that matches it (case_view_listed, case_view_listed_by_status, case_view_updated_at), so a page is
     * read in index order and stops at its size.
     */
    public PanacheQuery<ListedCase> search(String status, String committee, String q, OffsetDateTime modifiedSince) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (modifiedSince != null) {
            where.add("updatedAt >= :since");
            params = params.and("since", modifiedSince);
        } else {
            where.add("deleted = false");
        }
        if (status != null) {
            where.add("status = :status");
            params = params.and("status", status);
        }
        if (committee != null) {
            where.add("committees like :committee");
            params = params.and("committee", "% " + committee + " %");
        }
        if (q != null) {
            where.add("searchText like :q");
            params = params.and("q", "%" + q.toLowerCase(Locale.ROOT) + "%");
        }
        Sort order = modifiedSince != null ? Sort.ascending("updatedAt").and("caseNumber")
                : Sort.descending("lastActivity").and("caseNumber", Sort.Direction.Descending);
        return find(String.join(" and ", where), order, params).project(ListedCase.class);
    }

    /**
     * Up to {@code size} cases by number after {@code after} (null: from the first), for an export; deleted ones only
     * when {@code modifiedSince} is given (then those changed since).
     */
    public List<CaseViewEntity> afterCaseNumber(String after, OffsetDateTime modifiedSince, int size) {
        Parameters params = Parameters.with("after", after == null ? "" : after);
        String since = " and deleted = false";
        if (modifiedSince != null) {
            since = " and updatedAt >= :since";
            params = params.and("since", modifiedSince);
        }
        return find("caseNumber > :after" + since, Sort.ascending("caseNumber"), params)
                .page(io.quarkus.panache.common.Page.ofSize(size)).list();
    }
}
