package dev.loyalty.cli.internal;

import dev.loyalty.rules.CompiledProgram;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code loyalty simulate --program DIR --events FILE.jsonl [--store S] [--report OUT.json] [--compare DIR2]
 * [--skip-bad] [--seed N]}: replays the events through the program and prints the summary (or, with
 * {@code --compare}, the difference between two programs), then the throughput on standard error.
 */
public final class SimulateCommand {

    private static final List<String> OPTIONS = List.of("program", "events", "store", "report", "compare", "seed");

    private SimulateCommand() {}

    /** Runs the command; returns the exit code. */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        Args args = Args.parse("simulate", arguments, OPTIONS, List.of("skip-bad")).noPositional();
        CompiledProgram program = Programs.load(args.required("program"));
        Path events = Path.of(args.required("events"));
        long seed = seed(args);
        boolean skipBad = args.flag("skip-bad");
        EventFile file = EventFile.read(events, program.zone()).requireGood(events, skipBad);
        file.bad().forEach(bad -> err.println(events + ":" + bad.line() + ": skipped: " + bad.message()));
        if (args.optional("compare").isPresent()) {
            if (args.optional("store").isPresent() || args.optional("report").isPresent()) {
                throw new BadInputException("simulate: --compare runs both programs in memory and prints the difference; "
                        + "it takes neither --store nor --report");
            }
            return CompareCommand.run(program, Programs.load(args.optional("compare").get()), file, events, seed, skipBad, out, err);
        }
        long started = System.nanoTime();
        Summary summary;
        try (Stores.Opened store = Stores.open(args.optional("store").orElse("memory"))) {
            Simulation.Run run = new Simulation(program, store.store(), seed)
                    .run(file, events.toString(), skipBad, Progress.forTerminal(err, file.steps().size()));
            run.failed().subList(file.bad().size(), run.failed().size())
                    .forEach(bad -> err.println(events + ":" + bad.line() + ": skipped: " + bad.message()));
            summary = Summary.of(run);
        }
        long nanos = System.nanoTime() - started;
        new SummaryText(out).print(summary, events.getFileName().toString(), file.steps().size() + file.bad().size());
        args.optional("report").ifPresent(report -> ReportJson.write(summary, Path.of(report)));
        out.flush();
        err.println(throughput(file.steps().size(), nanos));
        return 0;
    }

    static long seed(Args args) {
        String text = args.optional("seed").orElse("1");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInputException("simulate: --seed must be a whole number, but was '" + text + "'");
        }
    }

    static String throughput(int steps, long nanos) {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "Simulated %,d events in %.1f s: %,d events/s", steps, seconds,
                Math.round(steps / Math.max(seconds, 1e-9)));
    }
}
