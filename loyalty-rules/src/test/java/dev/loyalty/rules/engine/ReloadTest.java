package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reloading swaps the program atomically: each event is handled wholly by one program version. */
class ReloadTest {

    private static final String DRL = """
            package shop;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", %d); decisions.earnPerUnit("status", %<d); end
            rule "bonus" when Purchase() then decisions.award("points", %d); end
            """;

    private static CompiledProgram version(int n) {
        return CompiledProgram.compile(Shop.YAML.formatted(Integer.toString(n), "debt"), Map.of("rules/shop.drl", DRL.formatted(n, n)));
    }

    @Test
    void everyEventIsHandledWhollyByTheProgramThatWasCurrentWhenItStarted() throws Exception {
        List<CompiledProgram> versions = List.of(version(1), version(2), version(3));
        InMemoryStore store = InMemoryStore.create();
        LoyaltyEngine engine = LoyaltyEngine.builder().program(versions.get(0)).store(store).build();
        for (int m = 0; m < 40; m++) {
            engine.handle(Enrollment.of(Shop.member("m" + m)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        java.util.Set<String> programs = new java.util.TreeSet<>();
        try {
            for (int i = 0; i < 2_000; i++) {
                MemberId member = MemberId.of("m" + (i % 40));
                Purchase purchase = Purchase.of("order-" + i, member, Shop.JAN_1.plusSeconds(i), "EUR", "10.00", "beans");
                outcomes.add(threads.submit(() -> engine.handle(purchase)));
                if (i % 500 == 250) {
                    // The event just submitted finishes with the program it started with, so at least two
                    // programs are seen however fast or slow the pool starts; others are still in flight.
                    outcomes.get(i).get();
                    engine.reload(versions.get(i / 500 % 2 + 1));
                }
            }
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get();
                programs.add(outcome.program());
                int n = Integer.parseInt(outcome.program().substring("shop@".length()));
                assertThat(outcome.points("points")).as(outcome.eventId()).isEqualTo(10L * n + n);
                assertThat(outcome.points("status")).as(outcome.eventId()).isEqualTo(10L * n);
                assertThat(outcome.explanations()).extracting(Explanation::program).containsOnly(java.util.Optional.of(outcome.program()));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(programs).hasSizeGreaterThan(1);
        assertThat(engine.program().version()).isEqualTo("3");
    }

    @Test
    void pendingPointsActivateWhenTheReturnPeriodEndsAndExpireAfterIt() {
        String yaml = """
                program: returns
                version: "1"
                timeZone: Europe/Berlin
                currency: EUR
                pointTypes:
                  - { id: points, kind: spendable, scale: 0, pendingDays: 14, expiry: { days: 30 } }
                """;
        String drl = """
                package returns;
                import dev.loyalty.rules.facts.*;
                global dev.loyalty.rules.facts.Decisions decisions;
                rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); end
                """;
        InMemoryStore store = InMemoryStore.create();
        LoyaltyEngine engine = LoyaltyEngine.builder().program(CompiledProgram.compile(yaml, Map.of("rules/earn.drl", drl)))
                .store(store).build();
        engine.handle(Enrollment.of(Shop.member("anna")));
        Instant bought = Instant.parse("2026-03-20T10:00:00Z");

        Outcome outcome = engine.handle(Purchase.of("order-1", MemberId.of("anna"), bought, "EUR", "80.00", "beans"));

        // 14 days in Berlin cross the switch to summer time: 3 April 10:00 UTC is 12:00 in Berlin, as 20 March 11:00 was.
        assertThat(outcome.entries().get(0).lots().get(0).activatesAt()).isEqualTo(Instant.parse("2026-04-03T09:00:00Z"));
        assertThat(outcome.entries().get(0).lots().get(0).expiresAt()).isEqualTo(Instant.parse("2026-05-03T09:00:00Z"));
        assertThat(engine.advanceTo(Instant.parse("2026-04-03T08:59:59Z")).activated()).isZero();
        assertThat(engine.advanceTo(Instant.parse("2026-04-03T09:00:00Z")).activated()).isEqualTo(1);
        assertThat(engine.advanceTo(Instant.parse("2026-05-03T09:00:00Z")).expired()).isEqualTo(1);
    }
}
