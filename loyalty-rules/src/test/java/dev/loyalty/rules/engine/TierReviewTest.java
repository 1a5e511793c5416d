package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** advanceTo re-evaluates tiers when they are due: a grace period first, then the downgrade. */
class TierReviewTest {

    private static final String YAML = """
            program: tiers
            version: "1"
            timeZone: UTC
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable, scale: 0 }
              - { id: status, kind: status, scale: 0 }
            tiers:
              statusPointType: status
              window: P12M
              gracePeriod: P3M
              reevaluationEvery: P12M
              ladder:
                - { id: bronze, name: Bronze }
                - { id: silver, name: Silver, qualify: { statusPoints: 1000 } }
            """;
    private static final String DRL = """
            package tiers;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn" when Purchase() then decisions.earnPerUnit("points", 1); decisions.earnPerUnit("status", 1); end
            """;
    private static final MemberId ANNA = MemberId.of("anna");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder()
            .program(CompiledProgram.compile(YAML, Map.of("rules/earn.drl", DRL))).store(store).build();

    private TierStatus tier() {
        return store.load(ANNA).tier().orElseThrow();
    }

    @Test
    void aMemberWhoStopsQualifyingGetsAGracePeriodAndIsThenMovedDown() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        engine.handle(Purchase.of("order-1", ANNA, Instant.parse("2026-03-02T10:00:00Z"), "EUR", "1000.00", "machines"));
        assertThat(tier().tierId()).isEqualTo("silver");
        Instant firstReview = tier().nextReevaluationAt();
        assertThat(firstReview).isEqualTo(Instant.parse("2027-01-01T09:00:00Z"));

        // A year after enrollment the 1,000 status points still count: silver stays, reviewed again in a year.
        assertThat(engine.advanceTo(firstReview)).isEqualTo(new Advance(0, 0, 0));
        assertThat(tier()).isEqualTo(new TierStatus("silver", Instant.parse("2026-03-02T10:00:00Z"), Optional.empty(),
                Instant.parse("2028-01-01T09:00:00Z")));

        // Nothing earned since: the grace period starts, and ends three months later with the downgrade.
        assertThat(engine.advanceTo(Instant.parse("2028-01-01T09:00:00Z"))).isEqualTo(new Advance(0, 0, 1));
        assertThat(engine.advanceTo(Instant.parse("2028-01-01T09:00:00Z"))).isEqualTo(new Advance(0, 0, 0));
        assertThat(tier().downgradeDueAt()).hasValue(Instant.parse("2028-04-01T09:00:00Z"));
        assertThat(engine.advanceTo(Instant.parse("2028-03-31T09:00:00Z"))).isEqualTo(new Advance(0, 0, 0));
        assertThat(engine.advanceTo(Instant.parse("2028-04-01T09:00:00Z"))).isEqualTo(new Advance(0, 0, 1));

        assertThat(tier().tierId()).isEqualTo("bronze");
        assertThat(store.load(ANNA).tierHistory()).extracting(TierChange::reason)
                .containsExactly(TierChange.Reason.QUALIFIED, TierChange.Reason.GRACE_STARTED, TierChange.Reason.DOWNGRADED);
    }
}
