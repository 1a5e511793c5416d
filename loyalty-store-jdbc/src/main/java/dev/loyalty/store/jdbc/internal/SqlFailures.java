package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.StoreException;
import java.sql.SQLException;
import java.util.Set;

/** Sorts {@link SQLException}s: worth retrying the transaction, transient, or permanent. */
final class SqlFailures {

    /**
     * Retried at once, with backoff: serialization failure, deadlock, a unique key taken by a concurrent
     * append (the retry then sees it), and H2's lock timeout and concurrent update.
     */
    private static final Set<String> RETRY = Set.of("40001", "40P01", "23505", "HYT00", "90131");

    /** Numeric overflow, e.g. of a counter. */
    static final String OUT_OF_RANGE = "22003";

    private SqlFailures() {}

    /** Whether the whole transaction should be run again. */
    static boolean isRetryable(SQLException e) {
        return RETRY.contains(e.getSQLState());
    }

    /**
     * As a {@link StoreException}: transient for lost connections, resource shortages, operator
     * interventions and races that outlasted the retries; permanent for everything else.
     */
    static StoreException toStoreException(String doing, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = doing + " failed (SQLSTATE " + state + "): " + e.getMessage();
        boolean passing = state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.startsWith("40")
                || RETRY.contains(state);
        return passing ? StoreException.transientFailure(message, e) : StoreException.permanentFailure(message, e);
    }
}
