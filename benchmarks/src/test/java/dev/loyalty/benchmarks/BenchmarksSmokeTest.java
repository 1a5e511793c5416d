package dev.loyalty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly and in this JVM, so that they never rot: each must produce a
 * result, for every strategy, compile mode and store (compiling the 20-rule program only, with 100 members
 * in the engine benchmarks and 1,000 lots to expire, to stay brief). Asserts nothing about speed.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsAndProducesAResult() throws RunnerException {
        // The JDBC benchmark's sample-time mode measures the same calls again: its throughput mode suffices here.
        List<RunResult> results = new ArrayList<>(run(options("dev\\.loyalty\\.benchmarks\\..*").exclude("JdbcEngineBenchmark")));
        results.addAll(run(options("JdbcEngineBenchmark").mode(Mode.Throughput)));

        List<String> runs = results.stream().map(BenchmarksSmokeTest::name).toList();
        assertThat(runs).hasSize(5 * 2 + 1 + 2 + 1 + 2 + 2 + 4 * 2);
        assertThat(runs).contains("RuleEvaluationBenchmark.evaluate", "HandWrittenBaseline.evaluate", "CompileBenchmark.drl",
                "CompileBenchmark.program", "EngineBenchmark.oneThread", "EngineBenchmark.twoThreads", "ExpiryBenchmark.expireAll",
                "JdbcEngineBenchmark.threads1", "JdbcEngineBenchmark.threads2", "JdbcEngineBenchmark.threads4",
                "JdbcEngineBenchmark.threads8");
        for (RunResult result : results) {
            assertThat(result.getPrimaryResult().getSampleCount()).as(name(result)).isPositive();
            assertThat(result.getPrimaryResult().getScore()).as(name(result)).isPositive();
        }
    }

    private static ChainedOptionsBuilder options(String include) {
        return new OptionsBuilder()
                .include(include)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("members", "100")
                .param("rules", "20")
                .param("lots", "1000")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .timeout(TimeValue.seconds(60));
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        // JMH refuses to start while another JMH run holds /tmp/jmh.lock, e.g. benchmarks measured while the
        // tests run; this run measures nothing, so it need not wait for the machine to itself.
        System.setProperty("jmh.ignoreLock", "true");
        return new Runner(options.build()).run();
    }

    private static String name(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
