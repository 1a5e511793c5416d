package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Draw;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.RewardGrant;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lottery's reward prize is handed out like a redemption's: its stock claimed and its code issued in the same append. */
class LotteryPrizeTest {

    private static final CompiledProgram PROGRAM = CompiledProgram.compile("""
            program: raffle
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            rewards:
              - { id: spa-day, name: A spa day, cost: { pointType: points, amount: 0 }, kind: service, stock: 1, code: { validDays: 30 } }
            games:
              lotteries:
                - id: spa-draw
                  name: Two members win a spa day, while it lasts
                  inactiveDays: 0
                  winners: 2
                  prize: { reward: spa-day }
            """, Map.of("rules/none.drl", """
            package raffle;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "nothing" when Purchase() then end
            """));

    private static final Instant DRAWN = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theFirstWinnerGetsTheOnlyUnitWithACodeAndTheSecondIsRefusedOutOfStock() {
        InMemoryStore store = InMemoryStore.create();
        LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).random(RandomSource.seeded(7)).build();
        for (String id : List.of("ada", "ben", "cem")) {
            engine.handle(Enrollment.of(Shop.member(id)));
        }

        Draw draw = engine.lottery("spa-draw", DRAWN);
        List<Outcome> settled = engine.settle(draw);

        assertThat(draw.winners()).hasSize(2);
        Outcome first = settled.get(0);
        assertThat(first.status()).isEqualTo(Outcome.Status.APPLIED);
        RewardGrant grant = first.rewards().get(0);
        assertThat(grant.reward().id()).isEqualTo("spa-day");
        String code = grant.code().orElseThrow();
        assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
        IssuedCode issued = store.findCode(code).orElseThrow();
        assertThat(issued.member()).isEqualTo(draw.winners().get(0));
        // 30 days in Berlin: 11:00 CET on 1 March to 11:00 CEST on 31 March, across the switch to summer time
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
        assertThat(store.budgetUsed("stock:raffle/spa-day")).isEqualTo(1);
        assertThat(store.load(draw.winners().get(0)).counter("lottery.spa-draw")).isEqualTo(1);

        Outcome second = settled.get(1);
        assertThat(second.status()).isEqualTo(Outcome.Status.REFUSED);
        assertThat(second.refusal().orElseThrow().code()).isEqualTo("OUT_OF_STOCK");
        MemberId loser = draw.winners().get(1);
        assertThat(store.load(loser).counter("lottery.spa-draw")).isZero();
        assertThat(store.findReceipt(loser, "draw:spa-draw@" + DRAWN)).isEmpty();

        List<Outcome> again = engine.settle(draw);
        assertThat(again.get(0).status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(again.get(1).refusal().orElseThrow().code()).isEqualTo("OUT_OF_STOCK");
        assertThat(store.budgetUsed("stock:raffle/spa-day")).isEqualTo(1);
    }
}
