package dev.loyalty.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling for {@link RuleEvaluationBenchmark}: the same policy and purchases, in plain Java
 * ({@link HandWrittenPolicy}), one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class HandWrittenBaseline {

    private FactSet[] purchases = new FactSet[0];
    private int next;

    /** Builds the purchases. */
    @Setup
    public void open() {
        purchases = Baskets.factSets(RuleEvaluationBenchmark.PURCHASES, RuleEvaluationBenchmark.SEED)
                .toArray(FactSet[]::new);
    }

    /** Computes what the next purchase earns. */
    @Benchmark
    public HandWrittenPolicy.Earned evaluate() {
        FactSet facts = purchases[next];
        next = (next + 1) & (RuleEvaluationBenchmark.PURCHASES - 1);
        return HandWrittenPolicy.earn(facts);
    }
}
