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
     * {@code statement_timeout} raise). Class 08 (connection exceptions) is matched by its prefix.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014");

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
            return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))
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
