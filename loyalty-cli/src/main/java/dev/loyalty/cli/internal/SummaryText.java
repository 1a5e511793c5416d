package dev.loyalty.cli.internal;

import dev.loyalty.core.Money;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a {@link Summary} as the text {@code loyalty simulate} shows. Nothing in it depends on timing. */
public final class SummaryText {

    /** How many rules the summary lists. */
    static final int TOP_RULES = 5;
    private static final String TOTALS = "  %-12s %12s %12s %12s %12s %12s%n";

    private final PrintStream out;

    /** Prints to {@code out}. */
    public SummaryText(PrintStream out) {
        this.out = out;
    }

    /** Prints {@code summary} of the events read from a file named {@code source}. */
    public void print(Summary summary, String source, int lines) {
        Simulation.Run run = summary.run();
        out.printf("%s %s over %s (%s lines), as of %s%n", run.program().name(), run.program().version(), source,
                number(lines), run.asOf());
        out.printf("Members: %s%n", number(run.members().size()));
        out.printf("Events: %s applied, %s repeated, %s refused%s%n", number(run.applied()), number(run.repeated()),
                number(run.refused()), run.refusals().isEmpty() ? "" : " (" + joined(run.refusals(), " ") + ")");
        if (!run.failed().isEmpty()) {
            out.printf("Skipped: %s bad lines%n", number(run.failed().size()));
        }
        out.println();
        out.printf(TOTALS, "points", "issued", "redeemed", "expired", "reversed", "outstanding");
        summary.totals().forEach((type, t) -> out.printf(TOTALS, type, number(t.issued()), number(t.redeemed()),
                number(t.expired()), number(t.reversed()), number(t.outstanding())));
        summary.liability().forEach((type, money) -> out.printf("Liability: %s %s outstanding are worth %s%n",
                number(summary.totals().get(type).outstanding()), type, money(money)));
        if (!summary.tiers().isEmpty()) {
            out.printf("Tiers: %s%n", joined(summary.tiers(), " "));
        }
        if (!summary.campaigns().isEmpty()) {
            out.println("Campaigns (net points of the entries each took part in):");
            summary.campaigns().forEach((campaign, points) -> out.printf("  %-24s %s%n", campaign, cost(summary, points)));
        }
        if (!summary.rules().isEmpty()) {
            out.println("Top rules by points earned:");
            summary.rules().stream().limit(TOP_RULES)
                    .forEach(rule -> out.printf("  %-24s %12s %s%n", rule.rule(), number(rule.points()), rule.pointType()));
        }
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String money(Money money) {
        return String.format(Locale.ROOT, "%,." + money.amount().scale() + "f", money.amount()) + " " + money.currency();
    }

    /** {@code points 42,413 (424.13 EUR)}: per point type, with the money it is worth where the type has a value. */
    private static String cost(Summary summary, Map<String, Long> points) {
        return points.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue())
                + summary.run().program().pointValue(e.getKey())
                        .map(value -> " (" + money(Summary.worth(summary.run().program(), e.getKey(), e.getValue())) + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }

    private static String joined(Map<String, Long> counts, String separator) {
        return counts.entrySet().stream().map(e -> e.getKey() + separator + number(e.getValue())).collect(Collectors.joining(", "));
    }
}
