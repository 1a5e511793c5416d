package dev.loyalty.benchmarks;

import dev.loyalty.rules.CompiledProgram;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold compilation: one compile per fresh JVM (single shot, no warm-up, several forks), of a generated
 * program of 20 or 200 rules ({@link RuleGenerator}). {@link #drl} compiles the DRL alone in each
 * {@link CompileMode}; {@link #program} loads the whole program with {@code CompiledProgram.compile}
 * (YAML, checks and the engine's classic compile), as a host does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class CompileBenchmark {

    /** The generated program. */
    @State(Scope.Benchmark)
    public static class Source {

        /** How many rules. */
        @Param({"20", "200"})
        public int rules = 20;

        RuleGenerator.Generated program = new RuleGenerator.Generated("", Map.of());

        /** Generates the program's text (not timed). */
        @Setup
        public void generate() {
            program = RuleGenerator.program(rules);
        }
    }

    /** The compile mode of {@link #drl}. */
    @State(Scope.Benchmark)
    public static class Compiler {

        /** The mode, by {@link CompileMode#label()}. */
        @Param({"classic", "executable-model"})
        public String mode = "classic";
    }

    /** Compiles the DRL into a knowledge base. */
    @Benchmark
    public KieBase drl(Source source, Compiler compiler) {
        return CompileMode.of(compiler.mode).compile(source.program.drl(), BenchProgram.loader());
    }

    /** Loads the whole program from text, as {@code CompiledProgram.compile} does. */
    @Benchmark
    public CompiledProgram program(Source source) {
        return CompiledProgram.compile(source.program.yaml(), source.program.drl());
    }
}
