package dev.loyalty.store.jdbc;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.spi.PendingMessage;
import dev.loyalty.spi.Receipt;
import dev.loyalty.store.jdbc.internal.Dialect;
import dev.loyalty.store.jdbc.internal.Migrations;
import dev.loyalty.store.jdbc.internal.SqlStore;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link LoyaltyStore} in a relational database: H2 for embedded use, PostgreSQL (or Citus) in
 * production. The same class serves both; the database is recognised from the connection's metadata.
 *
 * <pre>{@code
 * HikariConfig config = new HikariConfig();
 * config.setJdbcUrl("jdbc:postgresql://db:5432/shop");
 * config.setUsername("loyalty");
 * config.setPassword(secret);
 * LoyaltyStore store = JdbcStore.builder(new HikariDataSource(config)).build();
 * }</pre>
 *
 * <p>{@link Builder#build()} brings the schema up to date with the Flyway migrations shipped in this jar
 * (tables {@code loyalty_*} in the connection's default schema, history in {@code loyalty_schema_history});
 * hosts that migrate themselves turn this off with {@link Builder#migrate(boolean)} and run the scripts
 * under {@code db/loyalty/h2} or {@code db/loyalty/postgresql}.
 *
 * <p>An {@link #append} is one transaction at the connection's isolation level (READ COMMITTED is
 * enough): a compare-and-set of each member's version, then its entries, lots, counters, tier, outbox
 * messages, budget claims and receipt. Correctness rests on the version check and the unique keys; a
 * serialization failure, deadlock or unique key taken by a concurrent append runs the transaction again,
 * up to {@link Builder#maxAttempts(int)} times with a short jittered backoff. A lost connection is not
 * retried: the {@link StoreException} is {@linkplain StoreException#isTransient() transient}, and the
 * caller retries with the same request key, which is safe. On PostgreSQL the common append (one member's
 * entries, lots, counters and activity, as a purchase or an expiry makes) is a single statement in
 * auto-commit mode, one round trip to the server; when it cannot apply, the transaction above runs and
 * says why.
 *
 * <p><b>H2 durability.</b> Use a file database with {@code WRITE_DELAY=0}, e.g.
 * {@code jdbc:h2:file:/var/lib/shop/loyalty;WRITE_DELAY=0}. H2's default (500 ms) writes committed
 * transactions to the file in the background, so a process killed within that time loses appends it had
 * acknowledged; with {@code WRITE_DELAY=0} every commit is written to the file before {@code append}
 * returns. Reopened after a kill, H2 could still lose the first commit made after it if killed again
 * within milliseconds (H2 issue #1259), so {@link Builder#build()} writes a checkpoint on H2 first; since
 * then every acknowledged append has survived the tests' {@code kill -9}s. H2 leaves flushing the file to
 * the disk to the operating system: where no acknowledged append may be lost to a power failure, use
 * PostgreSQL. {@code jdbc:h2:mem:} keeps nothing after the JVM exits.
 *
 * <p>Thread-safe: every call takes a connection from the data source and returns it.
 */
public final class JdbcStore implements LoyaltyStore {

    private final SqlStore store;

    private JdbcStore(SqlStore store) {
        this.store = store;
    }

    /** Starts building a store on {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * A store on {@code dataSource} with the defaults: the schema migrated, 10 attempts per append.
     *
     * @throws StoreException if the database cannot be reached or migrated
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     */
    public static JdbcStore create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    @Override
    public Optional<MemberState> find(MemberId member) {
        return store.find(member);
    }

    @Override
    public Optional<Receipt> findReceipt(MemberId owner, String requestKey) {
        return store.findReceipt(owner, requestKey);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the members are at their expected versions but a change's
     *     entries do not continue its member's ledger, or a counter would overflow; nothing is changed
     * @throws StoreException if the database failed; the message names the member and the request key
     */
    @Override
    public AppendResult append(Append append) {
        return store.append(append);
    }

    @Override
    public long budgetUsed(String budget) {
        return store.budgetUsed(budget);
    }

    @Override
    public Optional<IssuedCode> findCode(String code) {
        return store.findCode(code);
    }

    @Override
    public Page<DueLot> lotsExpiring(Instant until, PageRequest page) {
        return store.lotsExpiring(until, page);
    }

    @Override
    public Page<DueLot> lotsActivating(Instant until, PageRequest page) {
        return store.lotsActivating(until, page);
    }

    @Override
    public Page<MemberId> membersInactiveSince(Instant since, PageRequest page) {
        return store.membersInactiveSince(since, page);
    }

    @Override
    public Page<MemberId> membersDueForTierReview(Instant until, PageRequest page) {
        return store.membersDueForTierReview(until, page);
    }

    @Override
    public Page<MemberId> membersWithBirthday(MonthDay day, PageRequest page) {
        return store.membersWithBirthday(day, page);
    }

    @Override
    public Page<MemberId> membersEnrolledOn(MonthDay day, PageRequest page) {
        return store.membersEnrolledOn(day, page);
    }

    @Override
    public List<PendingMessage> dueMessages(Instant at, int limit) {
        return store.dueMessages(at, limit);
    }

    @Override
    public void markDelivered(MemberId member, String dedupeKey, Instant at) {
        store.markDelivered(member, dedupeKey, at);
    }

    @Override
    public void markFailed(MemberId member, String dedupeKey, Instant retryAt, String error) {
        store.markFailed(member, dedupeKey, retryAt, error);
    }

    @Override
    public String toString() {
        return "JdbcStore[" + store.dialect() + "]";
    }

    /** Builds a {@link JdbcStore}. Not thread-safe. */
    public static final class Builder {

        private final DataSource dataSource;
        private boolean migrate = true;
        private int maxAttempts = 10;
        private int cachedMembers = 10_000;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** Whether {@link #build()} runs the schema migrations; {@code true} unless set. */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /**
         * How often an append is tried when the database reports a serialization failure, a deadlock or a
         * concurrent insert of the same key; 10 unless set.
         */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, but was " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * How many members' states the store keeps between loads, the least recently loaded dropped first;
         * 10,000 unless set, 0 for none. A load of a kept member sends its version to the database and reads
         * only what changed since, instead of the whole ledger again; what it returns is always current.
         */
        public Builder cachedMembers(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("cachedMembers must be >= 0, but was " + value);
            }
            this.cachedMembers = value;
            return this;
        }

        /**
         * The store, after migrating the schema unless turned off.
         *
         * @throws StoreException if the database cannot be reached or migrated
         * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
         */
        public JdbcStore build() {
            Dialect dialect = SqlStore.detect(dataSource);
            if (migrate) {
                Migrations.migrate(dataSource, dialect);
            }
            return new JdbcStore(new SqlStore(dataSource, dialect, maxAttempts, cachedMembers));
        }
    }
}
