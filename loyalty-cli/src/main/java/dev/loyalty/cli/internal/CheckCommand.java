package dev.loyalty.cli.internal;

import dev.loyalty.rules.CompiledProgram;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code loyalty check DIR}: loads the program, compiling its rules, and says what it has; or fails
 * (exit 2) listing every problem with file and line.
 */
public final class CheckCommand {

    private CheckCommand() {}

    /** Runs the command; returns the exit code. */
    public static int run(List<String> arguments, PrintStream out) {
        String directory = Args.parse("check", arguments, List.of(), List.of()).single("program directory");
        CompiledProgram program = Programs.load(directory);
        out.printf("%s: %s %s is valid: %s, %s, %s, %s, %s%n", directory, program.name(), program.version(),
                count(program.pointTypes().size(), "point type"),
                count(program.tiers().map(ladder -> ladder.tiers().size()).orElse(0), "tier"),
                count(program.campaigns().size(), "campaign"), count(program.rewards().size(), "reward"),
                count(program.rules().size(), "rule"));
        return 0;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
