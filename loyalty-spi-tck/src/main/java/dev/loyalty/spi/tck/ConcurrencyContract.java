package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.accounts.Posting;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.LoyaltyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Races on one store through {@code Accounts}: threads start together at a barrier, every thread is
 * joined within a time limit, and any exception a thread throws fails the test. A store passes when
 * racing requests are applied as if one after the other: a balance is spent once, a key applies once,
 * and points are conserved.
 */
public abstract class ConcurrencyContract {

    private static final int THREADS = 16;
    private static final int TRIALS = 50;
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final String PTS = "pts";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable(PTS, 0));

    /** A new, empty store for each call. */
    protected abstract LoyaltyStore newStore();

    @Test
    public void required_racingRedemptionsOfAWholeBalanceSpendItExactlyOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int trial = 0; trial < TRIALS; trial++) {
                Accounts accounts = accounts(1);
                MemberId member = member(0);
                List<Posting> postings = race(THREADS, i -> () -> accounts.redeem(member, redeem(1000, "redeem-" + i)));

                assertThat(postings).as("trial %d: postings", trial).filteredOn(Posting::isPosted).hasSize(1);
                assertThat(postings).as("trial %d: refusals", trial).filteredOn(posting -> !posting.isPosted())
                        .extracting(posting -> ((Posting.Refused) posting).rejection().code())
                        .hasSize(THREADS - 1).containsOnly(Rejection.Code.INSUFFICIENT_POINTS);
                Ledger ledger = accounts.ledger(member);
                assertThat(ledger.balance(PTS, T0)).as("trial %d: balance", trial).isEqualTo(Balance.ZERO);
                assertThat(ledger.entries()).as("trial %d: entries", trial).extracting(Entry::kind)
                        .containsExactly(EntryKind.EARNED, EntryKind.REDEEMED);
            }
        });
    }

    @Test
    public void required_racingRetriesOfOneRequestApplyItExactlyOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int trial = 0; trial < TRIALS; trial++) {
                Accounts accounts = accounts(1);
                MemberId member = member(0);
                Redeem same = redeem(300, "same-key");
                List<Posting> postings = race(THREADS, i -> () -> accounts.redeem(member, same));

                assertThat(postings).as("trial %d: all posted", trial).allMatch(Posting::isPosted);
                List<Posting.Posted> posted = postings.stream().map(Posting.Posted.class::cast).toList();
                assertThat(posted).as("trial %d: the same entries for every thread", trial).extracting(Posting.Posted::entries)
                        .containsOnly(posted.get(0).entries());
                assertThat(posted).as("trial %d: applied once, repeated for the rest", trial)
                        .filteredOn(posting -> !posting.repeated()).hasSize(1);
                Ledger ledger = accounts.ledger(member);
                assertThat(ledger.entries()).as("trial %d: entries", trial).extracting(Entry::kind)
                        .containsExactly(EntryKind.EARNED, EntryKind.REDEEMED);
                assertThat(ledger.balance(PTS, T0)).as("trial %d: balance", trial).isEqualTo(new Balance(700, 0, 0));
            }
        });
    }

    @Test
    public void required_mixedRacingTrafficConservesPoints() {
        int members = 5;
        int threads = 8;
        assertTimeoutPreemptively(LIMIT, () -> {
            Accounts accounts = accounts(members);
            List<long[]> totals = race(threads, thread -> () -> traffic(accounts, members, thread, 150));

            long credited = totals.stream().mapToLong(t -> t[0]).sum();
            long debited = totals.stream().mapToLong(t -> t[1]).sum();
            long entries = totals.stream().mapToLong(t -> t[2]).sum();
            long held = 0;
            long stored = 0;
            for (int m = 0; m < members; m++) {
                Ledger ledger = accounts.ledger(member(m));
                Balance balance = ledger.balance(PTS, T0);
                assertThat(balance.debt()).as("debt of %s", member(m)).isZero();
                assertThat(balance.available()).as("balance of %s", member(m)).isNotNegative();
                assertThat(ledger.entries().stream().mapToLong(Entry::amount).sum()).as("entries of %s sum to its balance", member(m))
                        .isEqualTo(balance.available());
                assertThat(accounts.store().load(member(m)).lots()).as("stored lots of %s", member(m))
                        .containsExactlyInAnyOrderElementsOf(ledger.lots());
                held += balance.available();
                stored += ledger.size();
            }
            assertThat(held).as("all balances == funded + credited - debited").isEqualTo(members * 1000L + credited - debited);
            assertThat(stored).as("entries stored == funding + entries of the posted requests").isEqualTo(members + entries);
        });
    }

    /** One thread's requests; returns {credited, debited, entries} of those that were posted. */
    private static long[] traffic(Accounts accounts, int members, int thread, int requests) {
        SplittableRandom random = new SplittableRandom(thread);
        long[] totals = new long[3];
        for (int n = 0; n < requests; n++) {
            int from = random.nextInt(members);
            MemberId member = member(from);
            long amount = 1 + random.nextInt(150);
            String key = "t" + thread + "-" + n;
            int roll = random.nextInt(100);
            Posting posting;
            if (roll < 40) {
                posting = accounts.earn(member, Earn.of(PTS, amount, T0, Reason.rule("base-earn"), key));
                totals[0] += posting.isPosted() ? amount : 0;
            } else if (roll < 75) {
                posting = accounts.redeem(member, redeem(amount, key));
                totals[1] += posting.isPosted() ? amount : 0;
            } else {
                MemberId to = member((from + 1 + random.nextInt(members - 1)) % members);
                posting = accounts.transfer(new Transfer(member, to, PTS, amount, T0, Reason.request("gift"), key));
            }
            totals[2] += posting.entries().size();
        }
        return totals;
    }

    private Accounts accounts(int members) {
        Accounts accounts = Accounts.builder().store(newStore()).policy(POLICY).maxAttempts(1000).build();
        for (int m = 0; m < members; m++) {
            accounts.enroll(Member.builder(member(m), "Member " + m, T0, ZoneOffset.UTC).build());
            accounts.earn(member(m), Earn.of(PTS, 1000, T0, Reason.rule("welcome"), "fund"));
        }
        return accounts;
    }

    private static MemberId member(int index) {
        return MemberId.of("m" + index);
    }

    private static Redeem redeem(long amount, String key) {
        return new Redeem(PTS, amount, T0, Reason.rule("reward"), key);
    }

    /** Runs {@code threads} tasks that start together; returns their results in thread order. */
    private static <T> List<T> race(int threads, IntFunction<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = IntStream.range(0, threads).mapToObj(tasks).map(task -> pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return task.call();
            })).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(join(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("racing threads stopped").isTrue();
        }
    }

    private static <T> T join(Future<T> future) throws InterruptedException {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a racing thread failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a racing thread did not finish within 60 s", e);
        }
    }
}
