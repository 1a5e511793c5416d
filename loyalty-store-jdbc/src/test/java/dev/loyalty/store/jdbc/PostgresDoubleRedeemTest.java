package dev.loyalty.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.accounts.Posting;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The double-redeem race on PostgreSQL: {@value #TRIALS} trials, each with {@value #THREADS} threads
 * redeeming the same member's whole balance at once through {@link Accounts}.
 */
class PostgresDoubleRedeemTest {

    private static final int TRIALS = 200;
    private static final int THREADS = 16;
    private static final long BALANCE = 1000;
    private static final String PTS = "pts";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable(PTS, 0));

    private static ExecutorService threads;
    private static Accounts accounts;

    @BeforeAll
    static void start() {
        threads = Executors.newFixedThreadPool(THREADS);
        JdbcStore store = JdbcStore.create(Postgres.server().schema("loyalty_double_redeem", THREADS + 1));
        accounts = Accounts.builder().store(store).policy(POLICY).maxAttempts(100).build();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @Test
    void eachTrialSpendsTheWholeBalanceExactlyOnce() throws Exception {
        int winners = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            MemberId member = MemberId.of("trial-" + trial);
            accounts.enroll(Member.builder(member, "Trial " + trial, T0, ZoneOffset.UTC).build());
            accounts.earn(member, Earn.of(PTS, BALANCE, T0, Reason.rule("welcome"), "fund"));

            List<Posting> postings = race(member, trial);

            List<Posting> posted = postings.stream().filter(Posting::isPosted).toList();
            assertThat(posted).as("trial %d: postings of %d racing redemptions", trial, THREADS).hasSize(1);
            assertThat(postings).as("trial %d: the refusals", trial).filteredOn(posting -> !posting.isPosted())
                    .extracting(posting -> ((Posting.Refused) posting).rejection().code())
                    .hasSize(THREADS - 1).containsOnly(Rejection.Code.INSUFFICIENT_POINTS);
            MemberState state = accounts.store().load(member);
            assertThat(accounts.ledger(member).balance(PTS, T0)).as("trial %d: balance", trial).isEqualTo(Balance.ZERO);
            assertThat(state.entries()).as("trial %d: stored entries", trial).extracting(Entry::kind)
                    .containsExactly(EntryKind.EARNED, EntryKind.REDEEMED);
            assertThat(state.entries().get(1)).as("trial %d: the stored redemption is the one posted", trial)
                    .isEqualTo(posted.get(0).entries().get(0));
            assertThat(state.version()).as("trial %d: version", trial).isEqualTo(3);
            winners++;
        }
        System.out.printf("PostgresDoubleRedeemTest: %d trials of %d threads, %d with exactly one winner%n", TRIALS, THREADS, winners);
        assertThat(winners).as("trials with exactly one winner").isEqualTo(TRIALS);
    }

    private static List<Posting> race(MemberId member, int trial) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Posting>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String key = "redeem-" + trial + "-" + i;
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return accounts.redeem(member, new Redeem(PTS, BALANCE, T0, Reason.rule("reward"), key));
            }));
        }
        List<Posting> postings = new ArrayList<>();
        for (Future<Posting> future : futures) {
            postings.add(future.get(60, TimeUnit.SECONDS));
        }
        return postings;
    }
}
