package dk.sagsspor.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Counts and clears the tables the tests look at, each in a transaction of its own. */
final class Tables {

    private Tables() {
    }

    static long count(EntityManager em, String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    static void clear(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("truncate outbox_event, message_log, probe_applied").executeUpdate());
    }
}
