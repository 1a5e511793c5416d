package dev.loyalty.examples;

import dev.loyalty.cli.StatementPrinter;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.spi.memory.InMemoryStore;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The README's first example: the coffee-shop club program (DRL and program.yaml under
 * {@code programs/coffee-club}) handles a member's purchases, a redemption and a refund, then points
 * expire, and the member's statement is printed with the rules behind every entry.
 */
public final class QuickStart {

    private QuickStart() {}

    /** Runs the example and prints the statement to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example and prints the statement to {@code out}. */
    static void run(PrintStream out) {
        // README:start
        LoyaltyEngine engine = LoyaltyEngine.builder()
                .program(CompiledProgram.loadClasspath("programs/coffee-club", QuickStart.class.getClassLoader()))
                .store(InMemoryStore.create())
                .build();

        MemberId anna = MemberId.of("anna");
        engine.handle(Enrollment.of(Member.builder(anna, "Anna Jansen", at("2026-11-01T09:00:00Z"), ZoneId.of("Europe/Berlin"))
                .birthday(LocalDate.of(1990, 12, 5))
                .build()));

        // 1 point per euro of products (delivery earns nothing), and 100 for a first purchase.
        engine.handle(Purchase.of("order-1", anna, at("2026-11-20T10:00:00Z"), "EUR")
                .withLine(Line.of("BEANS-1KG", "beans", 1, "12.90"))
                .withLine(Line.delivery("4.95")));
        // At most 500 points per order; all 800 count as status points.
        engine.handle(Purchase.of("order-2", anna, at("2026-11-21T10:00:00Z"), "EUR", "800.00", "machines"));
        // 1,062 status points: Anna is silver now, and earns 1.5x from her next purchase on.
        engine.handle(Purchase.of("order-3", anna, at("2026-11-25T10:00:00Z"), "EUR", "250.00", "machines"));
        // In the beans week beans earn double: (20 x 2 + 10) x 1.5 = 75.
        engine.handle(Purchase.of("order-4", anna, at("2026-12-02T10:00:00Z"), "EUR")
                .withLine(Line.of("BEANS-1KG", "beans", 1, "20.00"))
                .withLine(Line.of("CUP", "cups", 2, "5.00")));
        // 500 points buy 20 % off, spending the points that expire first.
        engine.handle(RedemptionRequest.reward("redeem-1", anna, at("2026-12-03T10:00:00Z"), "twenty-off"));
        // A purchase on her birthday (in Berlin) earns 200 bonus points, valid for 30 days.
        engine.handle(Purchase.of("order-5", anna, at("2026-12-05T09:00:00Z"), "EUR", "10.00", "cups"));
        // The grinder goes back: the 250 points it earned are taken back.
        engine.handle(Refund.full("refund-1", anna, at("2026-12-12T10:00:00Z"), "order-3"));

        engine.advanceTo(at("2027-01-10T00:00:00Z"));   // the unused birthday points expired
        // README:end

        new StatementPrinter(out).print(engine, anna, "points", at("2027-01-10T00:00:00Z"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
