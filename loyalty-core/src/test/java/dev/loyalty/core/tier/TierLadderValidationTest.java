package dev.loyalty.core.tier;

import static dev.loyalty.core.tier.Ladders.BRONZE;
import static dev.loyalty.core.tier.Ladders.GOLD;
import static dev.loyalty.core.tier.Ladders.LADDER;
import static dev.loyalty.core.tier.Ladders.SILVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.Money;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierLadderValidationTest {

    static final Period GRACE = Period.ofMonths(3);
    static final Period YEARLY = Period.ofYears(1);

    static TierLadder ladder(Tier... tiers) {
        return new TierLadder(List.of(tiers), GRACE, YEARLY);
    }

    static Tier tier(String id, int rank, Qualification qualification) {
        return new Tier(id, id, rank, qualification, Benefits.NONE);
    }

    @Test
    void ordersTiersByRankWhateverTheOrderGiven() {
        TierLadder ladder = ladder(GOLD, BRONZE, SILVER);

        assertThat(ladder.tiers()).containsExactly(BRONZE, SILVER, GOLD);
        assertThat(ladder).isEqualTo(LADDER);
    }

    @Test
    void rejectsAnEmptyLadder() {
        assertThatThrownBy(() -> ladder())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tiers must not be empty");
    }

    @Test
    void rejectsARepeatedId() {
        assertThatThrownBy(() -> ladder(BRONZE, SILVER, tier("silver", 2, Qualification.all().withStatusPoints(5000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier id 'silver' is used by more than one tier");
    }

    @Test
    void rejectsARepeatedRank() {
        assertThatThrownBy(() -> ladder(BRONZE, SILVER, tier("gold", 1, Qualification.all().withStatusPoints(5000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tiers 'silver' and 'gold' both have rank 1");
    }

    @Test
    void rejectsAGapInTheRanks() {
        assertThatThrownBy(() -> ladder(BRONZE, SILVER, tier("gold", 3, Qualification.all().withStatusPoints(5000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier ranks must run from 0 to 2 without gaps, but tier 'gold' has rank 3");
    }

    @Test
    void rejectsALadderWithoutRankZero() {
        assertThatThrownBy(() -> ladder(SILVER, GOLD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier ranks must run from 0 to 1 without gaps, but tier 'silver' has rank 1");
    }

    @Test
    void rejectsAnEntryTierWithThresholds() {
        Tier bronze = tier("bronze", 0, Qualification.all().withStatusPoints(100));

        assertThatThrownBy(() -> ladder(bronze, SILVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry tier 'bronze' (rank 0) must have no thresholds, but needs status points >= 100 within P12M");
    }

    @Test
    void rejectsAHigherTierWithoutThresholds() {
        assertThatThrownBy(() -> ladder(BRONZE, tier("silver", 1, Qualification.any())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 'silver' (rank 1) must have at least one threshold; only the entry tier has none");
    }

    @Test
    void rejectsAHigherTierNeedingFewerStatusPoints() {
        assertThatThrownBy(() -> ladder(BRONZE, SILVER, tier("gold", 2, Qualification.all().withStatusPoints(500))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 'gold' needs 500 status points, fewer than tier 'silver' (1000)");
    }

    @Test
    void comparesEveryLowerTierNotOnlyTheNextOne() {
        Tier gold = tier("gold", 2, Qualification.all().withSpend(Money.of("2000.00", "EUR")));
        Tier platinum = tier("platinum", 3, Qualification.all().withStatusPoints(800));

        assertThatThrownBy(() -> ladder(BRONZE, SILVER, gold, platinum))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 'platinum' needs 800 status points, fewer than tier 'silver' (1000)");
    }

    @Test
    void rejectsAHigherTierNeedingLessSpend() {
        Tier gold = tier("gold", 2, Qualification.all().withSpend(Money.of("400.00", "EUR")));

        assertThatThrownBy(() -> ladder(BRONZE, SILVER, gold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 'gold' needs a spend of 400.00 EUR, less than tier 'silver' (500.00 EUR)");
    }

    @Test
    void rejectsSpendInAnotherCurrency() {
        Tier gold = tier("gold", 2, Qualification.all().withSpend(Money.of("900.00", "USD")));

        assertThatThrownBy(() -> ladder(BRONZE, SILVER, gold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 'gold' needs spend in USD, but tier 'silver' in EUR; all tiers of a ladder use one currency");
    }

    @Test
    void rejectsAHigherTierNeedingFewerPurchasesTenureOrCompleteness() {
        Tier silver = tier("silver", 1, Qualification.all().withPurchases(5).withTenureDays(90).withProfileCompleteness(60));

        assertThatThrownBy(() -> ladder(BRONZE, silver, tier("gold", 2, Qualification.all().withPurchases(3))))
                .hasMessage("tier 'gold' needs 3 purchases, fewer than tier 'silver' (5)");
        assertThatThrownBy(() -> ladder(BRONZE, silver, tier("gold", 2, Qualification.all().withTenureDays(30))))
                .hasMessage("tier 'gold' needs 30 tenure days, fewer than tier 'silver' (90)");
        assertThatThrownBy(() -> ladder(BRONZE, silver, tier("gold", 2, Qualification.all().withProfileCompleteness(40))))
                .hasMessage("tier 'gold' needs 40 percent profile completeness, less than tier 'silver' (60)");
    }

    @Test
    void acceptsEqualThresholdsAndThresholdsSetOnOneTierOnly() {
        Tier silver = tier("silver", 1, Qualification.all().withPurchases(5).withStatusPoints(1000));
        Tier gold = tier("gold", 2, Qualification.all().withPurchases(5).withTenureDays(365));

        assertThat(ladder(BRONZE, silver, gold).tiers()).containsExactly(BRONZE, silver, gold);
    }

    @Test
    void rejectsTiersCountingOverDifferentWindows() {
        Tier gold = tier("gold", 2, Qualification.all().withStatusPoints(5000).withWindow(Period.ofMonths(6)));

        assertThatThrownBy(() -> ladder(BRONZE, SILVER, gold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 'gold' counts over P6M, but tier 'silver' over P12M; all tiers of a ladder count over one window");
    }

    @Test
    void windowIsTheWindowOfTheTiersWithThresholds() {
        Tier silver = tier("silver", 1, Qualification.all().withStatusPoints(1000).withWindow(Period.ofMonths(6)));

        assertThat(ladder(BRONZE, silver).window()).isEqualTo(Period.ofMonths(6));
        assertThat(ladder(BRONZE).window()).isEqualTo(Period.ofMonths(12));
    }

    @Test
    void rejectsANegativeGracePeriod() {
        assertThatThrownBy(() -> new TierLadder(List.of(BRONZE), Period.ofDays(-3), YEARLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gracePeriod must be >= 0, but was P-3D");
    }

    @Test
    void rejectsAReevaluationPeriodThatIsNotPositive() {
        assertThatThrownBy(() -> new TierLadder(List.of(BRONZE), GRACE, Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reevaluationEvery must be > 0, but was P0D");
        assertThatThrownBy(() -> new TierLadder(List.of(BRONZE), GRACE, Period.ofMonths(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reevaluationEvery must be > 0, but was P-1M");
    }

    @Test
    void findsAndGetsTiersById() {
        assertThat(LADDER.entry()).isEqualTo(BRONZE);
        assertThat(LADDER.get("silver")).isEqualTo(SILVER);
        assertThat(LADDER.find("gold")).contains(GOLD);
        assertThat(LADDER.find("platinum")).isEmpty();
    }

    @Test
    void getOfAnUnknownTierNamesTheKnownTiers() {
        assertThatThrownBy(() -> LADDER.get("platinum"))
                .isInstanceOfSatisfying(UnknownTierException.class, e -> {
                    assertThat(e.tierId()).isEqualTo("platinum");
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessage("unknown tier 'platinum'; known tiers: bronze, silver, gold");
    }
}
