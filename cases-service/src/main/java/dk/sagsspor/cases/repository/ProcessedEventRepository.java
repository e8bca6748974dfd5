package dk.sagsspor.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;

/** Ids of consumed events; stored in the consumer's transaction so a redelivered event is recognised. */
@ApplicationScoped
public class ProcessedEventRepository {

    private final EntityManager em;

    ProcessedEventRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the id; false when it was recorded before (the event was processed already). */
    public boolean markProcessed(String eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (event_id, processed_at) values (:id, :at) "
                        + "on conflict (event_id) do nothing")
                .setParameter("id", eventId)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
        return inserted == 1;
    }
}
