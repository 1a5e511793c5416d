package dev.loyalty.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.MemberState;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Conservation under load on PostgreSQL: {@value #THREADS} threads run {@value #OPERATIONS} mixed requests
 * (earn, redeem, transfer, reverse) through {@link Accounts} on {@value #MEMBERS} members, while a checker
 * reads all members from one snapshot, again and again, and checks that points are conserved at every
 * read. At the end the stored entries add up exactly to what the requests posted.
 */
class PostgresConservationTest {

    static final int MEMBERS = 20;
    static final int THREADS = 32;
    static final int OPERATIONS = Integer.getInteger("loyalty.conservation.operations", 20_000);
    static final long FUNDING = 1000;
    /** The checker's pause between two snapshots, leaving the CPU to the requests it watches. */
    static final long CHECKER_PAUSE_MILLIS = 250;
    /** Guards against a hang only: the run takes ~95 s on a quiet machine, several times that under load. */
    static final long TIMEOUT_SECONDS = 900;
    static final String PTS = "pts";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable(PTS, 0));

    @Test
    void pointsAreConservedAtEveryReadAndTheTotalsAddUp() throws Exception {
        DataSource database = Postgres.server().schema("loyalty_conservation", THREADS + 1);
        Accounts accounts = Accounts.builder().store(JdbcStore.create(database)).policy(POLICY).maxAttempts(100_000).build();
        for (int m = 0; m < MEMBERS; m++) {
            accounts.enroll(Member.builder(member(m), "Member " + m, T0, ZoneOffset.UTC).build());
            accounts.earn(member(m), Earn.of(PTS, FUNDING, T0, Reason.rule("welcome"), "fund"));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            Future<Integer> checker = pool.submit(() -> checkWhile(running, database));
            List<Future<Traffic>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Traffic traffic = new Traffic(accounts, t, OPERATIONS / THREADS);
                workers.add(pool.submit(traffic::run));
            }
            EntryTally posted = new EntryTally();
            long requests = 0;
            long applied = 0;
            for (Future<Traffic> worker : workers) {
                Traffic done = worker.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                posted.merge(done.posted());
                requests += done.requests();
                applied += done.applied();
            }
            running.set(false);
            int reads = checker.get(60, TimeUnit.SECONDS);

            System.out.printf("PostgresConservationTest: %d requests on %d threads, %d applied, %d snapshots checked while they ran%n",
                    requests, THREADS, applied, reads);
            assertThat(requests).as("requests made").isEqualTo(OPERATIONS);
            assertThat(reads).as("snapshots the checker read and found conserved while the requests ran").isGreaterThanOrEqualTo(3);
            EntryTally expected = new EntryTally().merge(posted).add(funding());
            EntryTally stored = new EntryTally();
            long held = 0;
            for (int m = 0; m < MEMBERS; m++) {
                MemberState state = accounts.store().load(member(m));
                stored.add(state.entries());
                held += net(Ledger.replay(POLICY, member(m), state.entries()).balance(PTS, T0));
            }
            assertThat(stored).as("stored entries by kind vs the entries of the %d requests applied", applied).isEqualTo(expected);
            assertThat(held).as("all balances == funding + earned - redeemed - reversed, transfers netting out")
                    .isEqualTo(MEMBERS * FUNDING + posted.total());
            assertThat(stored.sum(EntryKind.TRANSFERRED_IN) + stored.sum(EntryKind.TRANSFERRED_OUT)).as("transfers net").isZero();
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }

    /** Reads every member from one snapshot, over and over while {@code running}; returns how many snapshots. */
    private static int checkWhile(AtomicBoolean running, DataSource database) throws SQLException, InterruptedException {
        SnapshotDataSource snapshot = new SnapshotDataSource(database);
        try {
            JdbcStore store = JdbcStore.builder(snapshot).migrate(false).build();
            int reads = 0;
            do {
                ConservationCheck.check(store, reads);
                snapshot.nextSnapshot();
                reads++;
                TimeUnit.MILLISECONDS.sleep(CHECKER_PAUSE_MILLIS);
            } while (running.get());
            return reads;
        } finally {
            snapshot.release();
        }
    }

    /** What a balance is worth: available (already less debt) and pending. */
    static long net(Balance balance) {
        return balance.available() + balance.pending();
    }

    static MemberId member(int index) {
        return MemberId.of("m" + index);
    }

    private static List<Entry> funding() {
        List<Entry> funding = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            Accepted funded = (Accepted) Ledger.empty(POLICY, member(m)).earn(Earn.of(PTS, FUNDING, T0, Reason.rule("welcome"), "fund"));
            funding.add(funded.entries().get(0));
        }
        return funding;
    }

}
