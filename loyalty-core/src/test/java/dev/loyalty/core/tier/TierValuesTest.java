package dev.loyalty.core.tier;

import static dev.loyalty.core.tier.Ladders.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validation of the small tier value types. */
class TierValuesTest {

    static final Instant SINCE = Instant.parse("2026-03-10T15:00:00Z");

    @Test
    void benefitsNoneIsMultiplierOneAndNothingElse() {
        assertThat(Benefits.NONE).isEqualTo(new Benefits(BigDecimal.ONE, 0, false, Set.of()));
        assertThat(Benefits.NONE.grants("vip-events")).isFalse();
    }

    @Test
    void benefitsKeepTheMultiplierWithoutTrailingZeros() {
        Benefits gold = Benefits.NONE.withEarnMultiplier("1.5000").withDiscountPercent(100).withPriorityService(true)
                .withAccess("vip-events", "early-launches", "vip-events");

        assertThat(gold.earnMultiplier()).isEqualByComparingTo("1.5").hasScaleOf(1);
        assertThat(Benefits.NONE.withEarnMultiplier("2.00").earnMultiplier()).isEqualTo(new BigDecimal("2"));
        assertThat(Benefits.NONE.withEarnMultiplier("10").earnMultiplier()).isEqualTo(new BigDecimal("10"));
        assertThat(gold).isEqualTo(new Benefits(new BigDecimal("1.5"), 100, true, Set.of("vip-events", "early-launches")));
        assertThat(gold.grants("early-launches")).isTrue();
    }

    @Test
    void benefitsRejectBadValues() {
        assertThatThrownBy(() -> Benefits.NONE.withEarnMultiplier("0.99"))
                .hasMessage("earnMultiplier must be >= 1, but was 0.99");
        assertThatThrownBy(() -> Benefits.NONE.withEarnMultiplier("1.23456"))
                .hasMessage("earnMultiplier must have at most 4 decimal places, but was 1.23456");
        assertThatThrownBy(() -> Benefits.NONE.withDiscountPercent(-1))
                .hasMessage("discountPercent must be 0 to 100, but was -1");
        assertThatThrownBy(() -> Benefits.NONE.withDiscountPercent(101))
                .hasMessage("discountPercent must be 0 to 100, but was 101");
        assertThatThrownBy(() -> Benefits.NONE.withAccess("VIP Events"))
                .hasMessage("access name must be 1 to 64 of [a-z0-9_.-], but was 'VIP Events'");
    }

    @Test
    void tierRejectsBadValues() {
        assertThatThrownBy(() -> Tier.entry("Bronze!", "Bronze", Benefits.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier id must be 1 to 32 of [a-z0-9_-], but was 'Bronze!'");
        assertThatThrownBy(() -> Tier.entry("bronze", " ", Benefits.NONE))
                .hasMessage("name of tier 'bronze' must be 1 to 100 characters and not blank, but was ' '");
        assertThatThrownBy(() -> new Tier("gold", "Gold", -1, Qualification.NONE, Benefits.NONE))
                .hasMessage("rank of tier 'gold' must be >= 0, but was -1");
    }

    @Test
    void tierEntryIsRankZeroWithoutThresholds() {
        Tier bronze = Tier.entry("bronze", "Bronze", Benefits.NONE);

        assertThat(bronze).isEqualTo(new Tier("bronze", "Bronze", 0, Qualification.NONE, Benefits.NONE));
        assertThat(Ladders.GOLD.isAbove(bronze)).isTrue();
        assertThat(bronze.isAbove(bronze)).isFalse();
    }

    @Test
    void metricsStartAtZeroAndRejectBadValues() {
        assertThat(TierMetrics.zero(EUR)).isEqualTo(new TierMetrics(0, Money.of("0.00", "EUR"), 0, 0, 0));
        assertThatThrownBy(() -> TierMetrics.zero(EUR).withPurchases(-1))
                .hasMessage("purchases must be >= 0, but was -1");
        assertThatThrownBy(() -> TierMetrics.zero(EUR).withTenureDays(-1))
                .hasMessage("tenureDays must be >= 0, but was -1");
        assertThatThrownBy(() -> TierMetrics.zero(EUR).withProfileCompleteness(120))
                .hasMessage("profileCompleteness must be 0 to 100, but was 120");
    }

    @Test
    void statusRejectsDeadlinesBeforeItsTierWasReached() {
        Instant before = Instant.parse("2026-03-10T14:00:00Z");

        assertThatThrownBy(() -> new TierStatus("gold", SINCE, Optional.of(before), Instant.parse("2027-01-01T00:00:00Z")))
                .hasMessage("downgradeDueAt must not be before since 2026-03-10T15:00:00Z, but was 2026-03-10T14:00:00Z");
        assertThatThrownBy(() -> new TierStatus("gold", SINCE, Optional.empty(), SINCE))
                .hasMessage("nextReevaluationAt must be after since 2026-03-10T15:00:00Z, but was 2026-03-10T15:00:00Z");
        assertThat(new TierStatus("gold", SINCE, Optional.of(SINCE), Instant.parse("2027-01-01T00:00:00Z")).inGrace())
                .isTrue();
    }

    @Test
    void decisionCopiesItsChanges() {
        TierStatus status = new TierStatus("gold", SINCE, Optional.empty(), Instant.parse("2027-01-01T00:00:00Z"));
        List<TierChange> changes = new ArrayList<>();

        TierDecision decision = new TierDecision(status, changes);
        changes.add(new TierChange("silver", "gold", SINCE, TierChange.Reason.QUALIFIED, "status points 5000 >= 5000"));

        assertThat(decision.changes()).isEmpty();
        assertThat(decision.changed()).isFalse();
    }
}
