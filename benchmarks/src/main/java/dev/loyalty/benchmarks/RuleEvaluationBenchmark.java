package dev.loyalty.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rules only: fires {@link BenchProgram}'s 20 rules for one purchase per call on one thread, facts
 * prebuilt, for each session strategy ({@link SessionStrategy}) and compile mode ({@link CompileMode}).
 * The classic knowledge base is the engine's own ({@code Programs.kieBase}); the executable model one is
 * built from the same DRL ({@link BenchProgram#kieBase}). {@link HandWrittenBaseline} is the ceiling.
 *
 * <p>Twenty seconds of warm-up: Drools reaches full speed only after several seconds of load, more
 * when the machine is busy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RuleEvaluationBenchmark {

    /** How many different purchases are cycled through; a power of two. */
    static final int PURCHASES = 64;

    /** The seed of the purchases. */
    static final long SEED = 20_261_123L;

    /** The session strategy, by {@link SessionStrategy#label()}. */
    @Param({"engine", "pooledBare", "stateless", "newSession", "reusedSession"})
    public String strategy = "engine";

    /** The compile mode, by {@link CompileMode#label()}. */
    @Param({"classic", "executable-model"})
    public String mode = "classic";

    private Evaluation evaluation = NoEvaluation.INSTANCE;
    private FactSet[] purchases = new FactSet[0];
    private int next;

    /** Compiles the program in the mode and opens the strategy. */
    @Setup
    public void open() {
        KieBase kieBase = BenchProgram.kieBase(CompileMode.of(mode));
        evaluation = SessionStrategy.of(strategy).open(kieBase, BenchProgram.shared());
        purchases = Baskets.factSets(PURCHASES, SEED).toArray(FactSet[]::new);
    }

    /** Closes the strategy. */
    @TearDown
    public void close() {
        evaluation.close();
    }

    /** Fires the rules for the next purchase. */
    @Benchmark
    public long evaluate() {
        FactSet facts = purchases[next];
        next = (next + 1) & (PURCHASES - 1);
        return evaluation.evaluate(facts);
    }

    /** The evaluation before {@link #open()}. */
    private enum NoEvaluation implements Evaluation {
        INSTANCE;

        @Override
        public long evaluate(FactSet facts) {
            throw new IllegalStateException("not opened");
        }

        @Override
        public void close() {
            // nothing opened
        }
    }
}
