package dev.loyalty.benchmarks;

import dev.loyalty.rules.Outcome;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end: {@code LoyaltyEngine.handle(purchase)} with {@link BenchProgram} on the in-memory store,
 * on one and on two threads. Each measurement iteration starts from a fresh store with
 * {@link Shop#members} enrolled members (who made {@link Shop#history} purchases each before); each
 * thread cycles through its own share of them, so ledgers stay as long as set, and every purchase has a
 * new id. Throughput is of all threads together. The heap is fixed (8 GiB): a growing heap added to
 * the swings between iterations.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class EngineBenchmark {

    /** Handles the next purchase, on one thread. */
    @Benchmark
    @Threads(1)
    public Outcome oneThread(Shop shop, Till till) {
        return shop.engine().handle(till.next(shop));
    }

    /** Handles the next purchase, on each of two threads. */
    @Benchmark
    @Threads(2)
    public Outcome twoThreads(Shop shop, Till till) {
        return shop.engine().handle(till.next(shop));
    }
}
