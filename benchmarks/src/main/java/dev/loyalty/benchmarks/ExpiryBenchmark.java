package dev.loyalty.benchmarks;

import dev.loyalty.rules.Advance;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.memory.InMemoryStore;
import dev.loyalty.store.jdbc.JdbcStore;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code LoyaltyEngine.advanceTo} expiring {@link #lots} lots ({@link Holdings}: ten per member), in
 * memory or on PostgreSQL: one single shot per iteration, each on a freshly filled store, so every
 * iteration expires every lot. The time is the whole sweep: paging through the due lots, one expiry
 * append per member.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ExpiryBenchmark {

    /** Lots held by each member. */
    static final int LOTS_PER_MEMBER = 10;

    /** {@code memory} or {@code postgresql}. */
    @Param({"memory", "postgresql"})
    public String store = "memory";

    /** How many lots expire. */
    @Param("1000000")
    public int lots = 1_000_000;

    private @Nullable Database database;
    private @Nullable LoyaltyEngine engine;

    /** A fresh store holding the lots. */
    @Setup(Level.Iteration)
    public void fill() {
        close();
        LoyaltyStore fresh;
        if (store.equals("memory")) {
            fresh = InMemoryStore.create();
        } else {
            Database opened = Database.open(store, "expiry", 4);
            database = opened;
            fresh = JdbcStore.builder(opened.dataSource()).migrate(true).build();
        }
        Holdings.fill(fresh, BenchProgram.shared(), lots / LOTS_PER_MEMBER, LOTS_PER_MEMBER);
        engine = LoyaltyEngine.builder().program(BenchProgram.shared()).store(fresh).build();
    }

    /** Drops the database, if any. */
    @TearDown(Level.Iteration)
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Expires every lot. */
    @Benchmark
    public Advance expireAll() {
        return Objects.requireNonNull(engine).advanceTo(Holdings.ALL_EXPIRED);
    }
}
