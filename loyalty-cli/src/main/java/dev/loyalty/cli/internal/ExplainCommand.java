package dev.loyalty.cli.internal;

import dev.loyalty.cli.StatementPrinter;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.memory.InMemoryStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code loyalty explain --program DIR --events FILE --member ID [--point-type T]}: replays the events in
 * memory and prints the member's statement (each point type, or only {@code T}), every entry with the
 * rules and campaign that made it.
 */
public final class ExplainCommand {

    private ExplainCommand() {}

    /** Runs the command; returns the exit code. */
    public static int run(List<String> arguments, PrintStream out) {
        Args args = Args.parse("explain", arguments, List.of("program", "events", "member", "point-type", "seed"), List.of("skip-bad"))
                .noPositional();
        CompiledProgram program = Programs.load(args.required("program"));
        Path events = Path.of(args.required("events"));
        MemberId member = MemberId.of(args.required("member"));
        List<String> types = args.optional("point-type").map(type -> {
            program.pointTypes().stream().filter(t -> t.id().equals(type)).findFirst().orElseThrow(() -> new BadInputException(
                    "explain: the program has no point type '" + type + "'; it has " + program.pointTypes().stream().map(PointTypeConfig::id).toList()));
            return List.of(type);
        }).orElseGet(() -> program.pointTypes().stream().map(PointTypeConfig::id).toList());
        boolean skipBad = args.flag("skip-bad");
        EventFile file = EventFile.read(events, program.zone()).requireGood(events, skipBad);
        Simulation.Run run = new Simulation(program, InMemoryStore.create(), SimulateCommand.seed(args))
                .run(file, events.toString(), skipBad, done -> {});
        MemberState state = run.store().find(member).orElseThrow(() -> new BadInputException(
                "explain: member '" + member + "' is not enrolled by any event in " + events));
        Ledger ledger = Ledger.replay(program.ledgerPolicy(), member, state.entries());
        StatementPrinter printer = new StatementPrinter(out);
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                out.println();
            }
            printer.print(ledger, types.get(i), run.asOf());
        }
        state.tier().ifPresent(tier -> out.printf("Tier %s since %s%n", tier.tierId(), tier.since()));
        return 0;
    }
}
