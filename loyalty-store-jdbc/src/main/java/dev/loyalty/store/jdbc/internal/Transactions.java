package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on connections of the host's {@link DataSource}: reads and single-statement writes in
 * auto-commit mode, appends in one transaction each, run again with bounded, jittered backoff when the
 * database reports a serialization failure, a deadlock or a unique key taken by a concurrent transaction.
 */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final long MAX_BACKOFF_MICROS = 20_000;

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final int maxAttempts;

    Transactions(DataSource dataSource, int maxAttempts) {
        this.dataSource = dataSource;
        this.maxAttempts = maxAttempts;
    }

    /** Runs {@code work} in auto-commit mode (reads, and single-statement writes); {@code doing} names it in failures. */
    <T> T autoCommit(Supplier<String> doing, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlFailures.toStoreException(doing.get(), e);
        }
    }

    /**
     * Runs {@code work}, one statement, in auto-commit mode whatever the pool's default, so that the
     * statement is its own transaction; {@code doing} names it in failures.
     */
    <T> T singleStatement(Supplier<String> doing, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try {
                return work.run(connection);
            } finally {
                if (!autoCommit) {
                    restore(connection, false);
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.toStoreException(doing.get(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction and commits it, again after a retryable failure; {@code work}
     * rolls back itself when it decides to change nothing.
     */
    <T> T write(Supplier<String> doing, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (!SqlFailures.isRetryable(e) || attempt >= maxAttempts) {
                    throw SqlFailures.toStoreException(doing.get() + " (attempt " + attempt + " of " + maxAttempts + ")", e);
                }
                LOG.debug("{}: attempt {} met SQLSTATE {}, trying again", doing.get(), attempt, e.getSQLState());
                backOff(attempt, doing);
            }
        }
    }

    private <T> T once(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            } finally {
                restore(connection, autoCommit);
            }
        }
    }

    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit on a connection that failed: {}", e.getMessage());
        }
    }

    private static void backOff(int attempt, Supplier<String> doing) {
        long ceiling = Math.min(MAX_BACKOFF_MICROS, 100L << Math.min(attempt, 10));
        try {
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StoreException.transientFailure(doing.get() + " was interrupted while backing off", e);
        }
    }
}
