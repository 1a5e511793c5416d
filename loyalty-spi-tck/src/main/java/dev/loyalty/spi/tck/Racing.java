package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.POLICY;
import static dev.loyalty.spi.tck.Fixtures.day;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.ledger.Transferred;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs work on several threads at once, for the contract's concurrency tests. */
final class Racing {

    /** How long a race may take before the store is taken to be deadlocked. */
    private static final long TIMEOUT_SECONDS = 60;

    private Racing() {}

    /** Starts every task at the same moment and returns their results, in task order. */
    static <T> List<T> race(List<Callable<T>> tasks) {
        return race(tasks, tasks.size());
    }

    /** Releases every task at the same moment on {@code threads} threads; results in task order. */
    static <T> List<T> race(List<Callable<T>> tasks, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (TimeoutException e) {
            throw new AssertionError("concurrent appends did not finish in " + TIMEOUT_SECONDS + " s: a deadlock?", e);
        } catch (ExecutionException e) {
            throw new AssertionError("a concurrent append failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while racing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Transfers 1 point from {@code from} to {@code to} {@code times} times, each time loading both
     * members and retrying on a version conflict; returns how many conflicts it met.
     */
    static Callable<Integer> transfers(LoyaltyStore store, MemberId from, MemberId to, int times) {
        return () -> {
            int conflicts = 0;
            for (int i = 1; i <= times; i++) {
                String key = "move-" + from + "-" + i;
                while (store.append(transferOne(store, from, to, key)) instanceof AppendResult.VersionConflict) {
                    conflicts++;
                }
            }
            return conflicts;
        };
    }

    private static Append transferOne(LoyaltyStore store, MemberId from, MemberId to, String key) {
        MemberState giver = store.load(from);
        MemberState receiver = store.load(to);
        Transferred moved = (Transferred) Ledger.transfer(Ledger.replay(POLICY, from, giver.entries()),
                Ledger.replay(POLICY, to, receiver.entries()),
                new Transfer(from, to, Fixtures.POINTS, 1, day(2), Reason.request("gift"), key));
        return new Append(key, "fp-" + key, List.of(
                MemberChange.entries(from, giver.version(), moved.from().entries(), moved.from().ledger().lots()),
                MemberChange.entries(to, receiver.version(), moved.to().entries(), moved.to().ledger().lots())));
    }
}
