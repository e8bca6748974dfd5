package dk.sagsspor.outbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why applying an event failed, which decides what {@link MessageLog} does next: wait and try again, give up at once,
 * or give a few more tries.
 */
enum FailureKind {

    /** The event can never be processed (not JSON, unknown type or version): straight to the dead-letter topic. */
    UNPROCESSABLE,
    /** The database is away or refused for now (outage, lock timeout, deadlock): try again for as long as it lasts. */
    TRANSIENT,
    /** Anything else, most likely a bug in the handler or data it did not expect: a few tries, then dead-lettered. */
    OTHER;

    /**
     * SQLStates that say "not now" rather than "never": PostgreSQL's serialization failure and deadlock, lock not
     * available ({@code NOWAIT}, {@code lock_timeout}) and query canceled (what {@code lock_timeout} and
     * {@code statement_timeout} raise); and the ways a server refuses a new connection without a class 08 state: too
     * many connections (53300) and a database not accepting connections (55000, {@code ALLOW_CONNECTIONS false}, e.g.
     * during maintenance). Without the last, events arriving in such an outage were dead-lettered after three tries.
     * 55000 is broader in principle (object not in prerequisite state), but none of the consumers' statements raise it.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "53300", "55000");
    /**
     * Class 08 (connection exceptions) and 57P (operator intervention: the server shutting down or starting up, the
     * session ended by an administrator) are matched by their prefix.
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "57P");

    static FailureKind of(Throwable failure) {
        if (failure instanceof UnprocessableEventException) {
            return UNPROCESSABLE;
        }
        return causes(failure).keySet().stream().anyMatch(FailureKind::isTransient) ? TRANSIENT : OTHER;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof SQLTransientException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (TRANSIENT_CLASSES.stream().anyMatch(state::startsWith)
                    || TRANSIENT_STATES.contains(state))
                    || isAcquisitionTimeout(sql);
        }
        return false;
    }

    /** Agroal's pool, out of connections for its acquisition timeout, throws a plain SQLException without a state. */
    private static boolean isAcquisitionTimeout(SQLException failure) {
        return failure.getSQLState() == null && failure.getMessage() != null
                && failure.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** The failure, its causes, and the JDBC driver's chained exceptions (batch updates chain the real reason). */
    private static Map<Throwable, Boolean> causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        collect(failure, seen);
        return seen;
    }

    private static void collect(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return;
        }
        collect(failure.getCause(), seen);
        if (failure instanceof SQLException sql) {
            collect(sql.getNextException(), seen);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, seen);
        }
    }
}
