package dev.loyalty.cli.internal;

import dev.loyalty.rules.CompiledProgram;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code loyalty test DIR}: runs the program's {@code scenarios/*.yaml}, one line per scenario; exit code
 * 1 if any failed, 2 if a scenario file or the program is malformed.
 */
public final class TestCommand {

    private TestCommand() {}

    /** The scenario files of the program in {@code directory}, sorted by name. */
    public static List<Path> scenarioFiles(Path directory) {
        Path scenarios = directory.resolve("scenarios");
        if (!Files.isDirectory(scenarios)) {
            throw new BadInputException("no scenarios directory " + scenarios);
        }
        try (Stream<Path> files = Files.list(scenarios)) {
            List<Path> yaml = files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            if (yaml.isEmpty()) {
                throw new BadInputException("no scenarios (*.yaml) in " + scenarios);
            }
            return yaml;
        } catch (IOException e) {
            throw new BadInputException("cannot list " + scenarios + ": " + e.getMessage());
        }
    }

    /** Runs the command; returns the exit code. */
    public static int run(List<String> arguments, PrintStream out) {
        String directory = Args.parse("test", arguments, List.of(), List.of()).single("program directory");
        CompiledProgram program = Programs.load(directory);
        List<Scenario> scenarios = scenarioFiles(Path.of(directory)).stream().map(file -> Scenario.read(file, program.zone())).toList();
        int failed = 0;
        for (Scenario scenario : scenarios) {
            List<String> failures = ScenarioRun.failures(program, scenario);
            out.println((failures.isEmpty() ? "ok      " : "FAILED  ") + scenario.name());
            failures.forEach(failure -> out.println("        " + failure));
            failed += failures.isEmpty() ? 0 : 1;
        }
        out.printf("%d passed, %d failed%n", scenarios.size() - failed, failed);
        return failed == 0 ? 0 : 1;
    }
}
