package dk.sagsspor.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * The oldest unpublished events, locked for this transaction. SKIP LOCKED lets several service instances relay
     * side by side without sending an event twice.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claimUnpublished(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where published_at is null order by seq "
                        + "limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public long countUnpublished() {
        return count("publishedAt is null");
    }
}
