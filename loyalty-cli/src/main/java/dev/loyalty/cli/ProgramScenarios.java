package dev.loyalty.cli;

import dev.loyalty.cli.internal.BadInputException;
import dev.loyalty.cli.internal.Programs;
import dev.loyalty.cli.internal.Scenario;
import dev.loyalty.cli.internal.ScenarioRun;
import dev.loyalty.cli.internal.TestCommand;
import dev.loyalty.rules.CompiledProgram;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a program's scenario files ({@code scenarios/*.yaml}, described in {@code docs/cli.md}) as JUnit 5
 * tests, so that a rule author's repository tests its DRL in {@code mvn test}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ProgramScenarios.of(Path.of("src/main/loyalty/shop"));
 * }
 * }</pre>
 *
 * <p>The program is loaded once; each scenario file becomes a test named after the scenario, failing
 * with every way the result differed from its {@code then}.
 */
public final class ProgramScenarios {

    private ProgramScenarios() {}

    /**
     * One test per scenario of the program in {@code directory}.
     *
     * @throws IllegalArgumentException if the program does not load, or a scenario file is malformed;
     *     the message says where
     */
    public static Stream<DynamicTest> of(Path directory) {
        try {
            CompiledProgram program = Programs.load(directory.toString());
            List<Scenario> scenarios = TestCommand.scenarioFiles(directory).stream()
                    .map(file -> Scenario.read(file, program.zone())).toList();
            return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
                List<String> failures = ScenarioRun.failures(program, scenario);
                if (!failures.isEmpty()) {
                    throw new AssertionError("scenario '" + scenario.name() + "':\n  " + String.join("\n  ", failures));
                }
            }));
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
