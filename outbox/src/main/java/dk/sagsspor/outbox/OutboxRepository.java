package dk.sagsspor.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Makes this transaction the only relay of the outbox until it ends: a transaction-level PostgreSQL advisory lock,
     * so it is released on commit, on rollback, and when the holder's connection dies.
     *
     * @return false when another instance's relay holds it (this one stands by)
     */
    public boolean becomeRelay(long lockKey) {
        Object locked = getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", lockKey).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The oldest unpublished events, in the order they were written. Call as the relay (see {@link #becomeRelay}). */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> oldestUnpublished(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where published_at is null order by seq limit :limit",
                        OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public long countUnpublished() {
        return count("publishedAt is null");
    }
}
