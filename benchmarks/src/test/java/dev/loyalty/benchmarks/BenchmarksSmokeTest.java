package dev.loyalty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly and in this JVM, so that they never rot: each must produce a
 * result, for every strategy and compile mode (compiling the 20-rule program only, and with 100 members
 * in the engine benchmark, to stay brief). Asserts nothing about speed.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsAndProducesAResult() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("dev\\.loyalty\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("members", "100")
                .param("rules", "20")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .timeout(TimeValue.seconds(60))
                .build();
        Collection<RunResult> results = new Runner(options).run();

        List<String> runs = results.stream().map(BenchmarksSmokeTest::name).toList();
        assertThat(runs).hasSize(5 * 2 + 1 + 2 + 1 + 2);
        assertThat(runs).contains("RuleEvaluationBenchmark.evaluate", "HandWrittenBaseline.evaluate", "CompileBenchmark.drl",
                "CompileBenchmark.program", "EngineBenchmark.oneThread", "EngineBenchmark.twoThreads");
        for (RunResult result : results) {
            assertThat(result.getPrimaryResult().getSampleCount()).as(name(result)).isPositive();
            assertThat(result.getPrimaryResult().getScore()).as(name(result)).isPositive();
        }
    }

    private static String name(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
