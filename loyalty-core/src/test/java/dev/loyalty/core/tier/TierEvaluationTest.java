package dev.loyalty.core.tier;

import static dev.loyalty.core.tier.Ladders.BRONZE;
import static dev.loyalty.core.tier.Ladders.GOLD;
import static dev.loyalty.core.tier.Ladders.LADDER;
import static dev.loyalty.core.tier.Ladders.NOTHING;
import static dev.loyalty.core.tier.Ladders.SILVER;
import static dev.loyalty.core.tier.Ladders.at;
import static dev.loyalty.core.tier.Ladders.points;
import static dev.loyalty.core.tier.Ladders.spend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.tier.TierChange.Reason;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ladder: silver at 1,000 points or 500.00 EUR, gold at 5,000 points; grace 3 months; yearly. */
class TierEvaluationTest {

    static final Instant ENROLLED = at("2026-01-01T00:00:00Z");
    static final Instant UPGRADED = at("2026-03-10T15:00:00Z");
    static final Instant REEVALUATION = at("2027-01-01T00:00:00Z");
    static final Instant GRACE_END = at("2027-04-01T00:00:00Z");
    static final Instant NEXT_REEVALUATION = at("2028-01-01T00:00:00Z");

    static final TierStatus NEW_MEMBER = LADDER.initialStatus(ENROLLED);
    static final TierStatus GOLD_MEMBER = new TierStatus("gold", UPGRADED, Optional.empty(), REEVALUATION);
    static final TierStatus GOLD_IN_GRACE = new TierStatus("gold", UPGRADED, Optional.of(GRACE_END), NEXT_REEVALUATION);

    @Test
    void aNewMemberStartsInTheEntryTierWithTheFirstReevaluationAYearLater() {
        assertThat(NEW_MEMBER).isEqualTo(new TierStatus("bronze", ENROLLED, Optional.empty(), REEVALUATION));
    }

    @Test
    void qualifiedForIsTheHighestTierMet() {
        assertThat(LADDER.qualifiedFor(NOTHING)).isEqualTo(BRONZE);
        assertThat(LADDER.qualifiedFor(points(999))).isEqualTo(BRONZE);
        assertThat(LADDER.qualifiedFor(points(1000))).isEqualTo(SILVER);
        assertThat(LADDER.qualifiedFor(spend("499.99"))).isEqualTo(BRONZE);
        assertThat(LADDER.qualifiedFor(spend("500.00"))).isEqualTo(SILVER);
        assertThat(LADDER.qualifiedFor(spend("20000.00"))).isEqualTo(SILVER);
        assertThat(LADDER.qualifiedFor(points(4999))).isEqualTo(SILVER);
        assertThat(LADDER.qualifiedFor(points(5000))).isEqualTo(GOLD);
        assertThat(LADDER.qualifiedFor(points(-20))).isEqualTo(BRONZE);
    }

    @Test
    void upgradesAtOnceOutsideReevaluation() {
        TierDecision decision = LADDER.evaluate(NEW_MEMBER, points(1200), UPGRADED);

        assertThat(decision.status()).isEqualTo(new TierStatus("silver", UPGRADED, Optional.empty(), REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("bronze", "silver", UPGRADED, Reason.QUALIFIED, "status points 1200 >= 1000"));
        assertThat(decision.changed()).isTrue();
    }

    @Test
    void upgradeDetailNamesTheThresholdsMet() {
        TierDecision decision = LADDER.evaluate(NEW_MEMBER, spend("650.00").withStatusPoints(300), UPGRADED);

        assertThat(decision.changes()).containsExactly(
                new TierChange("bronze", "silver", UPGRADED, Reason.QUALIFIED, "spend 650.00 EUR >= 500.00 EUR"));
    }

    @Test
    void upgradesStraightToTheHighestTierMet() {
        TierDecision decision = LADDER.evaluate(NEW_MEMBER, points(5200), UPGRADED);

        assertThat(decision.status()).isEqualTo(new TierStatus("gold", UPGRADED, Optional.empty(), REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("bronze", "gold", UPGRADED, Reason.QUALIFIED, "status points 5200 >= 5000"));
    }

    @Test
    void nothingChangesWhileTheMetricsMeetTheTier() {
        TierDecision decision = LADDER.evaluate(GOLD_MEMBER, points(6000), at("2026-06-01T00:00:00Z"));

        assertThat(decision.status()).isEqualTo(GOLD_MEMBER);
        assertThat(decision.changes()).isEmpty();
        assertThat(decision.changed()).isFalse();
    }

    @Test
    void doesNotDowngradeOutsideReevaluation() {
        TierDecision decision = LADDER.evaluate(GOLD_MEMBER, NOTHING, at("2026-12-31T23:59:59Z"));

        assertThat(decision.status()).isEqualTo(GOLD_MEMBER);
        assertThat(decision.changes()).isEmpty();
    }

    @Test
    void startsAGracePeriodAtReevaluationInsteadOfDowngrading() {
        TierDecision decision = LADDER.evaluate(GOLD_MEMBER, points(1500), REEVALUATION);

        assertThat(decision.status()).isEqualTo(GOLD_IN_GRACE);
        assertThat(decision.changes()).containsExactly(
                new TierChange("gold", "gold", REEVALUATION, Reason.GRACE_STARTED, "status points 1500 < 5000"));
    }

    @Test
    void graceDetailNamesEveryThresholdMissedInAnyMode() {
        TierStatus silver = new TierStatus("silver", UPGRADED, Optional.empty(), REEVALUATION);

        TierDecision decision = LADDER.evaluate(silver, points(400).withSpend(spend("120.00").spend()), REEVALUATION);

        assertThat(decision.status().downgradeDueAt()).contains(GRACE_END);
        assertThat(decision.changes()).extracting(TierChange::detail)
                .containsExactly("status points 400 < 1000, spend 120.00 EUR < 500.00 EUR");
    }

    @Test
    void keepsTheTierAndMovesTheReevaluationOnWhenTheMetricsStillMeetIt() {
        TierDecision decision = LADDER.evaluate(GOLD_MEMBER, points(5000), at("2027-01-02T08:00:00Z"));

        assertThat(decision.status()).isEqualTo(new TierStatus("gold", UPGRADED, Optional.empty(), NEXT_REEVALUATION));
        assertThat(decision.changes()).isEmpty();
    }

    @Test
    void catchesUpOnMissedReevaluations() {
        TierDecision decision = LADDER.evaluate(GOLD_MEMBER, points(9000), at("2029-06-01T00:00:00Z"));

        assertThat(decision.status().nextReevaluationAt()).isEqualTo(at("2030-01-01T00:00:00Z"));
    }

    @Test
    void clearsTheGraceWhenTheMetricsMeetTheTierAgain() {
        Instant purchase = at("2027-02-15T10:30:00Z");

        TierDecision decision = LADDER.evaluate(GOLD_IN_GRACE, points(5100), purchase);

        assertThat(decision.status()).isEqualTo(new TierStatus("gold", UPGRADED, Optional.empty(), NEXT_REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("gold", "gold", purchase, Reason.GRACE_CLEARED, "status points 5100 >= 5000"));
    }

    @Test
    void keepsTheTierDuringGraceWhileTheMetricsAreStillShort() {
        TierDecision decision = LADDER.evaluate(GOLD_IN_GRACE, points(4999), at("2027-03-31T23:59:59Z"));

        assertThat(decision.status()).isEqualTo(GOLD_IN_GRACE);
        assertThat(decision.changes()).isEmpty();
    }

    @Test
    void downgradesWhenTheGraceEndsToTheHighestTierMetTwoStepsDown() {
        TierDecision decision = LADDER.evaluate(GOLD_IN_GRACE, points(300).withSpend(spend("120.00").spend()), GRACE_END);

        assertThat(decision.status()).isEqualTo(new TierStatus("bronze", GRACE_END, Optional.empty(), NEXT_REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("gold", "bronze", GRACE_END, Reason.DOWNGRADED, "status points 300 < 5000"));
    }

    @Test
    void downgradesOneStepWhenTheMetricsStillMeetTheTierBelow() {
        Instant late = at("2027-04-02T06:00:00Z");

        TierDecision decision = LADDER.evaluate(GOLD_IN_GRACE, spend("800.00"), late);

        assertThat(decision.status()).isEqualTo(new TierStatus("silver", late, Optional.empty(), NEXT_REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("gold", "silver", late, Reason.DOWNGRADED, "status points 0 < 5000"));
    }

    @Test
    void aLaterReevaluationEndsAGraceThatWouldRunLonger() {
        TierLadder ladder = new TierLadder(LADDER.tiers(), Period.ofMonths(18), Period.ofYears(1));
        TierStatus started = ladder.evaluate(GOLD_MEMBER, points(1500), REEVALUATION).status();

        TierDecision decision = ladder.evaluate(started, points(1500), NEXT_REEVALUATION);

        assertThat(started.downgradeDueAt()).contains(at("2028-07-01T00:00:00Z"));
        assertThat(decision.status()).isEqualTo(
                new TierStatus("silver", NEXT_REEVALUATION, Optional.empty(), at("2029-01-01T00:00:00Z")));
        assertThat(decision.changes()).extracting(TierChange::reason).containsExactly(Reason.DOWNGRADED);
    }

    @Test
    void withoutGraceDowngradesAtTheReevaluation() {
        TierLadder ladder = new TierLadder(LADDER.tiers(), Period.ZERO, Period.ofYears(1));

        TierDecision decision = ladder.evaluate(GOLD_MEMBER, points(1500), REEVALUATION);

        assertThat(decision.status()).isEqualTo(new TierStatus("silver", REEVALUATION, Optional.empty(), NEXT_REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("gold", "silver", REEVALUATION, Reason.DOWNGRADED, "status points 1500 < 5000"));
    }

    @Test
    void anUpgradeDuringGraceEndsTheGrace() {
        TierStatus silverInGrace = new TierStatus("silver", UPGRADED, Optional.of(GRACE_END), NEXT_REEVALUATION);
        Instant purchase = at("2027-02-01T12:00:00Z");

        TierDecision decision = LADDER.evaluate(silverInGrace, points(5000), purchase);

        assertThat(decision.status()).isEqualTo(new TierStatus("gold", purchase, Optional.empty(), NEXT_REEVALUATION));
        assertThat(decision.changes()).containsExactly(
                new TierChange("silver", "gold", purchase, Reason.QUALIFIED, "status points 5000 >= 5000"));
    }

    @Test
    void rejectsAStatusOnAnUnknownTier() {
        TierStatus platinum = new TierStatus("platinum", UPGRADED, Optional.empty(), REEVALUATION);

        assertThatThrownBy(() -> LADDER.evaluate(platinum, NOTHING, UPGRADED))
                .isInstanceOf(UnknownTierException.class)
                .hasMessage("unknown tier 'platinum'; known tiers: bronze, silver, gold");
    }

    @Test
    void rejectsAnInstantBeforeTheTierWasReached() {
        assertThatThrownBy(() -> LADDER.evaluate(GOLD_MEMBER, NOTHING, at("2026-03-10T14:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must not be before since 2026-03-10T15:00:00Z, but was 2026-03-10T14:59:59Z");
    }

    @Test
    void lapsedFromIsTheTierMostRecentlyDroppedFrom() {
        List<TierChange> history = List.of(
                new TierChange("bronze", "silver", UPGRADED, Reason.QUALIFIED, "status points 1200 >= 1000"),
                new TierChange("silver", "silver", REEVALUATION, Reason.GRACE_STARTED, "status points 300 < 1000"),
                new TierChange("silver", "bronze", GRACE_END, Reason.DOWNGRADED, "status points 300 < 1000"));

        assertThat(LADDER.lapsedFrom(history, at("2027-01-01T00:00:00Z"))).contains(SILVER);
        assertThat(LADDER.lapsedFrom(history, GRACE_END)).contains(SILVER);
        assertThat(LADDER.lapsedFrom(history, at("2027-04-01T00:00:01Z"))).isEmpty();
        assertThat(LADDER.lapsedFrom(List.of(), ENROLLED)).isEmpty();
    }

    @Test
    void lapsedFromEndsOnlyWhenTheMemberIsBackOnThatTier() {
        TierChange lapse = new TierChange("gold", "bronze", GRACE_END, Reason.DOWNGRADED, "status points 300 < 5000");
        TierChange toSilver = new TierChange("bronze", "silver", at("2027-05-01T00:00:00Z"), Reason.QUALIFIED, "x");
        TierChange toGold = new TierChange("silver", "gold", at("2027-06-01T00:00:00Z"), Reason.QUALIFIED, "x");

        assertThat(LADDER.lapsedFrom(List.of(lapse, toSilver), REEVALUATION)).contains(GOLD);
        assertThat(LADDER.lapsedFrom(List.of(lapse, toSilver, toGold), REEVALUATION)).isEmpty();
    }
}
