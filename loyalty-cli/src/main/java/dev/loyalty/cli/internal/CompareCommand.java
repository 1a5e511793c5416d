package dev.loyalty.cli.internal;

import static dev.loyalty.cli.internal.SummaryText.number;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.memory.InMemoryStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * {@code loyalty simulate ... --compare DIR2}: runs two programs over the same events, each into its own
 * in-memory store, and prints the difference per total and tier, and the members whose balance differs most.
 */
final class CompareCommand {

    /** How many members the comparison lists per point type. */
    static final int TOP_MEMBERS = 10;
    private static final String ROW = "  %-24s %12s %12s %12s%n";

    private CompareCommand() {}

    static int run(CompiledProgram a, CompiledProgram b, EventFile file, Path events, long seed, boolean skipBad, PrintStream out,
            PrintStream err) {
        long started = System.nanoTime();
        Summary first = Summary.of(new Simulation(a, InMemoryStore.create(), seed).run(file, events.toString(), skipBad, done -> {}));
        Summary second = Summary.of(new Simulation(b, InMemoryStore.create(), seed).run(file, events.toString(), skipBad, done -> {}));
        long nanos = System.nanoTime() - started;
        print(first, second, events.getFileName().toString(), out);
        out.flush();
        err.println(SimulateCommand.throughput(2 * file.steps().size(), nanos));
        return 0;
    }

    static void print(Summary a, Summary b, String source, PrintStream out) {
        out.printf("A: %s %s, B: %s %s, over %s, as of %s%n", a.run().program().name(), a.run().program().version(),
                b.run().program().name(), b.run().program().version(), source, a.asOf());
        out.printf(ROW, "", "A", "B", "B - A");
        Set<String> types = new LinkedHashSet<>(a.totals().keySet());
        types.addAll(b.totals().keySet());
        for (String type : types) {
            Totals ta = a.totals().getOrDefault(type, Totals.ZERO);
            Totals tb = b.totals().getOrDefault(type, Totals.ZERO);
            row(type + " issued", ta, tb, Totals::issued, out);
            row(type + " redeemed", ta, tb, Totals::redeemed, out);
            row(type + " expired", ta, tb, Totals::expired, out);
            row(type + " reversed", ta, tb, Totals::reversed, out);
            row(type + " outstanding", ta, tb, Totals::outstanding, out);
        }
        Set<String> tiers = new LinkedHashSet<>(a.tiers().keySet());
        tiers.addAll(b.tiers().keySet());
        for (String tier : tiers) {
            long x = a.tiers().getOrDefault(tier, 0L);
            long y = b.tiers().getOrDefault(tier, 0L);
            out.printf(ROW, "tier " + tier, number(x), number(y), signed(y - x));
        }
        types.forEach(type -> members(a, b, type, out));
    }

    private static void row(String label, Totals a, Totals b, ToLongFunction<Totals> total, PrintStream out) {
        long x = total.applyAsLong(a);
        long y = total.applyAsLong(b);
        out.printf(ROW, label, number(x), number(y), signed(y - x));
    }

    private static void members(Summary a, Summary b, String type, PrintStream out) {
        Map<MemberId, Long> before = new LinkedHashMap<>();
        a.members().forEach(m -> before.put(m.id(), m.balances().getOrDefault(type, 0L)));
        Map<MemberId, long[]> both = new LinkedHashMap<>();
        b.members().forEach(m -> both.put(m.id(), new long[] {before.getOrDefault(m.id(), 0L), m.balances().getOrDefault(type, 0L)}));
        before.forEach((id, x) -> both.putIfAbsent(id, new long[] {x, 0L}));
        List<Map.Entry<MemberId, long[]>> differing = both.entrySet().stream()
                .filter(e -> e.getValue()[0] != e.getValue()[1])
                .sorted(Comparator.<Map.Entry<MemberId, long[]>>comparingLong(e -> -Math.abs(e.getValue()[1] - e.getValue()[0]))
                        .thenComparing(e -> e.getKey().toString()))
                .toList();
        if (differing.isEmpty()) {
            out.printf("No member's %s balance differs.%n", type);
            return;
        }
        out.printf("Members whose %s balance differs most (%s differ):%n", type, number(differing.size()));
        differing.stream().limit(TOP_MEMBERS).forEach(e -> out.printf(ROW, e.getKey().toString(),
                number(e.getValue()[0]), number(e.getValue()[1]), signed(e.getValue()[1] - e.getValue()[0])));
    }

    private static String signed(long value) {
        return value > 0 ? "+" + number(value) : number(value);
    }
}
