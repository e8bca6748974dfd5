package dk.sagsspor.ingest.repository;

import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    @Inject
    DataSource dataSource;

    /**
     * Whether any document has these bytes, in whatever status: one lookup of the sha256 index, plain JDBC outside
     * any transaction. Nearly every upload of a backfill is new, and the transaction and Hibernate's query around
     * {@link #findKnown} cost more than the lookup (about 7 % of ingest-service's CPU samples in a backfill).
     */
    public boolean anyWithSha256(String sha256) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select exists (select 1 from document where sha256 = ?)")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up content " + sha256 + " failed", e);
        }
    }

    /**
     * What these bytes were before, if anything, in one statement: the document accepted once (and possibly withdrawn
     * since), else the one rejected for this media type. Asked only when {@link #anyWithSha256} found the bytes, and
     * again when a concurrent upload of them won the race to store them.
     */
    public Optional<Document> findKnown(String sha256, String mediaType) {
        List<Document> found = find("sha256 = ?1 and (status = ?2 or status = ?3 or status = ?4 and mediaType = ?5)",
                sha256, DocumentStatus.ACCEPTED, DocumentStatus.WITHDRAWN, DocumentStatus.REJECTED, mediaType).list();
        return found.stream().filter(d -> d.status != DocumentStatus.REJECTED).findFirst()
                .or(() -> found.stream().findFirst());
    }

    /** The document these bytes were rejected as, for this media type. */
    public Optional<Document> findRejected(String sha256, String mediaType) {
        return find("sha256 = ?1 and mediaType = ?2 and status = ?3", sha256, mediaType, DocumentStatus.REJECTED)
                .firstResultOptional();
    }

    /** The meeting's current version: its highest-numbered accepted document. */
    public Optional<Document> currentOf(String meetingId) {
        return find("meetingId = ?1 and status = ?2 order by meetingVersion desc", meetingId, DocumentStatus.ACCEPTED)
                .firstResultOptional();
    }

    /** The highest version number the meeting ever had (withdrawn documents too); 0 for a new meeting. */
    public int highestVersion(String meetingId) {
        Integer highest = getEntityManager().createQuery(
                        "select max(d.meetingVersion) from Document d where d.meetingId = :m", Integer.class)
                .setParameter("m", meetingId).getSingleResult();
        return highest == null ? 0 : highest;
    }

    /** Newest first; with {@code modifiedSince}, what changed at or after it, oldest change first. */
    public List<Document> page(DocumentStatus status, OffsetDateTime modifiedSince, int index, int size) {
        Sort order = modifiedSince == null ? Sort.descending("receivedAt", "id") : Sort.ascending("modifiedAt", "id");
        return find(where(status, modifiedSince), order, parameters(status, modifiedSince))
                .page(Page.of(index, size)).list();
    }

    public long count(DocumentStatus status, OffsetDateTime modifiedSince) {
        return count(where(status, modifiedSince), parameters(status, modifiedSince));
    }

    private static String where(DocumentStatus status, OffsetDateTime modifiedSince) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        if (status != null) {
            clauses.add("status = :status");
        }
        if (modifiedSince != null) {
            clauses.add("modifiedAt >= :since");
        }
        return String.join(" and ", clauses);
    }

    private static Map<String, Object> parameters(DocumentStatus status, OffsetDateTime modifiedSince) {
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            parameters.put("status", status);
        }
        if (modifiedSince != null) {
            parameters.put("since", modifiedSince);
        }
        return parameters;
    }
}
