package dev.loyalty.cli;

import dev.loyalty.cli.internal.BadInputException;
import dev.loyalty.cli.internal.CheckCommand;
import dev.loyalty.cli.internal.ExplainCommand;
import dev.loyalty.cli.internal.SimulateCommand;
import dev.loyalty.cli.internal.TestCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code loyalty} command: {@code java -jar loyalty-cli-<version>-all.jar COMMAND ...}.
 *
 * <pre>
 * loyalty simulate --program DIR --events FILE.jsonl [--store memory|h2:PATH|jdbc:URL] [--report OUT.json]
 *                  [--compare DIR2] [--skip-bad] [--seed N]
 * loyalty check DIR
 * loyalty explain --program DIR --events FILE.jsonl --member ID [--point-type TYPE]
 * loyalty test DIR
 * </pre>
 *
 * <p>Exit codes: {@value #OK} done; {@value #FAILED} a scenario failed or something broke;
 * {@value #BAD_INPUT} bad input (an unknown option, a malformed event line, a program that does not load),
 * with a message that says what and where. {@code docs/cli.md} describes every command.
 */
public final class Loyalty {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: a scenario failed, or something broke while running. */
    public static final int FAILED = 1;
    /** Exit code: the input is wrong (arguments, event file, program). */
    public static final int BAD_INPUT = 2;

    static final String USAGE = """
            Usage: loyalty COMMAND ...
              simulate --program DIR --events FILE.jsonl [--store memory|h2:PATH|jdbc:URL] [--report OUT.json]
                       [--compare DIR2] [--skip-bad] [--seed N]
                                     replay events through a program and print what it issued, redeemed,
                                     expired, reversed and left outstanding
              check DIR              load a program and list every problem with file and line
              explain --program DIR --events FILE.jsonl --member ID [--point-type TYPE]
                                     print a member's statement, each entry with the rules that made it
              test DIR               run the program's scenarios/*.yaml
            Exit codes: 0 done, 1 a scenario failed or something broke, 2 bad input.
            """;

    private Loyalty() {}

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the command {@code args} names, printing to {@code out} and {@code err}.
     *
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #BAD_INPUT}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "simulate" -> SimulateCommand.run(rest, out, err);
                case "check" -> CheckCommand.run(rest, out);
                case "explain" -> ExplainCommand.run(rest, out);
                case "test" -> TestCommand.run(rest, out);
                default -> throw new BadInputException("unknown command '" + args[0] + "'\n" + USAGE);
            };
        } catch (BadInputException e) {
            err.println("loyalty: " + e.getMessage());
            return BAD_INPUT;
        } catch (Exception e) {
            err.println("loyalty: " + args[0] + " failed: " + e);
            return FAILED;
        }
    }
}
