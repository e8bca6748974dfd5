package dk.sagsspor.ingest.repository;

import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    public Optional<Document> findAccepted(String sha256) {
        return find("sha256 = ?1 and status = ?2", sha256, DocumentStatus.ACCEPTED).firstResultOptional();
    }

    public Optional<Document> findRejected(String sha256, String mediaType) {
        return find("sha256 = ?1 and mediaType = ?2 and status = ?3", sha256, mediaType, DocumentStatus.REJECTED)
                .firstResultOptional();
    }

    /** Newest first. */
    public List<Document> page(DocumentStatus status, int index, int size) {
        Sort newestFirst = Sort.descending("receivedAt", "id");
        var query = status == null ? findAll(newestFirst) : find("status", newestFirst, status);
        return query.page(Page.of(index, size)).list();
    }

    public long count(DocumentStatus status) {
        return status == null ? count() : count("status", status);
    }
}
