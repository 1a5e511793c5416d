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
 * End to end on a database: {@code LoyaltyEngine.handle(purchase)} with {@link BenchProgram} on the
 * {@code JdbcStore}, H2 (file) or PostgreSQL ({@link JdbcShop#store}), from 1, 2, 4 and 8 client
 * threads. Each operation is one committed append. Throughput is of all threads together; sample time
 * gives the latency percentiles (p50, p99) of one call.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JdbcEngineBenchmark {

    /** One client thread. */
    @Benchmark
    @Threads(1)
    public Outcome threads1(JdbcShop shop, Till till) {
        return shop.engine().handle(till.next(shop));
    }

    /** Two client threads. */
    @Benchmark
    @Threads(2)
    public Outcome threads2(JdbcShop shop, Till till) {
        return shop.engine().handle(till.next(shop));
    }

    /** Four client threads. */
    @Benchmark
    @Threads(4)
    public Outcome threads4(JdbcShop shop, Till till) {
        return shop.engine().handle(till.next(shop));
    }

    /** Eight client threads. */
    @Benchmark
    @Threads(8)
    public Outcome threads8(JdbcShop shop, Till till) {
        return shop.engine().handle(till.next(shop));
    }
}
