package dev.loyalty.cli;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.LoyaltyEngine;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Prints a member's statement: one line per entry of a point type with a running total and why it was
 * made (the rules and campaign behind it, the lots it took from, the entry it reverses), then the balance.
 *
 * <pre>{@code
 * new StatementPrinter(System.out).print(engine, MemberId.of("anna"), "points", engine.clock().instant());
 * }</pre>
 */
public final class StatementPrinter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final String ROW = "%3s  %-10s  %-10s %7s %7s  %s%n";

    private final PrintStream out;

    /** Prints to {@code out}. */
    public StatementPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints the statement of {@code member}'s {@code pointType} as the engine's store has it, with the balance at {@code at}. */
    public void print(LoyaltyEngine engine, MemberId member, String pointType, Instant at) {
        print(Ledger.replay(engine.program().ledgerPolicy(), member, engine.store().load(member).entries()), pointType, at);
    }

    /** Prints the statement of {@code ledger}'s {@code pointType}, with the balance at {@code at}. */
    public void print(Ledger ledger, String pointType, Instant at) {
        out.printf("Statement of %s, %s, at %s (UTC)%n", ledger.member(), pointType, at);
        out.printf(ROW, "#", "date", "entry", "points", "total", "why");
        long total = 0;
        for (Entry entry : ledger.entries()) {
            if (!entry.pointType().equals(pointType)) {
                continue;
            }
            boolean moves = entry.kind() != EntryKind.ACTIVATED;
            total = moves ? Math.addExact(total, entry.amount()) : total;
            String points = moves ? String.format("%+d", entry.amount()) : String.format("(%d)", entry.amount());
            out.printf(ROW, entry.sequence(), DATE.format(entry.at()), entry.kind(), points, total, why(entry));
        }
        Balance balance = ledger.balance(pointType, at);
        out.printf("Available %d, pending %d, debt %d%n", balance.available(), balance.pending(), balance.debt());
    }

    private static String why(Entry entry) {
        Explanation explanation = Explanation.of(entry);
        String why = entry.reason().source().name().toLowerCase(Locale.ROOT) + ":" + entry.reason().name();
        if (explanation.rules().size() > 1 || (!explanation.rules().isEmpty() && !explanation.rules().contains(entry.reason().name()))) {
            why += " (" + String.join(", ", explanation.rules()) + ")";
        }
        why += explanation.campaign().map(campaign -> " in " + campaign).orElse("");
        if (!entry.allocations().isEmpty()) {
            StringBuilder lots = new StringBuilder();
            entry.allocations().forEach(a -> lots.append(lots.length() == 0 ? "" : ", ")
                    .append("lot ").append(a.lot()).append(' ').append(String.format("%+d", a.amount())));
            why += " [" + lots + "]";
        }
        return entry.reference().map(ref -> " (of #" + ref.sequence() + ")").map(why::concat).orElse(why);
    }
}
