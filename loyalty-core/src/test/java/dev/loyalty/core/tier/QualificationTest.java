package dev.loyalty.core.tier;

import static dev.loyalty.core.tier.Ladders.NOTHING;
import static dev.loyalty.core.tier.Ladders.points;
import static dev.loyalty.core.tier.Ladders.spend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.Money;
import java.time.Period;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualificationTest {

    static final Money EUR_500 = Money.of("500.00", "EUR");

    @Test
    void noneHasNoThresholdsAndIsMetByEveryone() {
        assertThat(Qualification.NONE).isEqualTo(
                new Qualification(Qualification.Mode.ALL, 0, Optional.empty(), 0, 0, 0, Period.ofMonths(12)));
        assertThat(Qualification.NONE.hasThresholds()).isFalse();
        assertThat(Qualification.NONE.isMetBy(NOTHING)).isTrue();
        assertThat(Qualification.any().isMetBy(NOTHING)).isTrue();
        assertThat(Qualification.NONE.explain(NOTHING)).isEqualTo("no thresholds");
        assertThat(Qualification.NONE.describe()).isEqualTo("no thresholds");
    }

    @Test
    void allModeNeedsEverySetThreshold() {
        Qualification q = Qualification.all().withStatusPoints(1000).withPurchases(3);

        assertThat(q.isMetBy(points(1000).withPurchases(3))).isTrue();
        assertThat(q.isMetBy(points(1000).withPurchases(2))).isFalse();
        assertThat(q.isMetBy(points(999).withPurchases(3))).isFalse();
        assertThat(q.explain(points(1200).withPurchases(4))).isEqualTo("status points 1200 >= 1000, purchases 4 >= 3");
        assertThat(q.explain(points(1200).withPurchases(2))).isEqualTo("purchases 2 < 3");
        assertThat(q.describe()).isEqualTo("status points >= 1000 and purchases >= 3 within P12M");
    }

    @Test
    void anyModeNeedsOneSetThreshold() {
        Qualification q = Qualification.any().withStatusPoints(1000).withSpend(EUR_500);

        assertThat(q.isMetBy(points(1000))).isTrue();
        assertThat(q.isMetBy(spend("500.00"))).isTrue();
        assertThat(q.isMetBy(points(999).withSpend(Money.of("499.99", "EUR")))).isFalse();
        assertThat(q.explain(spend("500.00"))).isEqualTo("spend 500.00 EUR >= 500.00 EUR");
        assertThat(q.explain(points(10))).isEqualTo("status points 10 < 1000, spend 0.00 EUR < 500.00 EUR");
        assertThat(q.describe()).isEqualTo("status points >= 1000 or spend >= 500.00 EUR within P12M");
    }

    @Test
    void checksTenureAndProfileCompleteness() {
        Qualification q = Qualification.all().withTenureDays(365).withProfileCompleteness(80).withWindow(Period.ofMonths(6));

        assertThat(q.isMetBy(NOTHING.withTenureDays(365).withProfileCompleteness(80))).isTrue();
        assertThat(q.explain(NOTHING.withTenureDays(364).withProfileCompleteness(60)))
                .isEqualTo("tenure days 364 < 365, profile completeness 60 < 80");
        assertThat(q.describe()).isEqualTo("tenure days >= 365 and profile completeness >= 80 within P6M");
    }

    @Test
    void spendInAnotherCurrencyCannotBeCompared() {
        Qualification q = Qualification.all().withSpend(EUR_500);

        assertThatThrownBy(() -> q.isMetBy(TierMetrics.zero(Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine 0.00 USD with 500.00 EUR: currencies differ");
    }

    @Test
    void rejectsNegativeThresholds() {
        assertThatThrownBy(() -> Qualification.all().withStatusPoints(-1))
                .hasMessage("statusPoints must be >= 0, but was -1");
        assertThatThrownBy(() -> Qualification.all().withPurchases(-2))
                .hasMessage("purchases must be >= 0, but was -2");
        assertThatThrownBy(() -> Qualification.all().withTenureDays(-3))
                .hasMessage("tenureDays must be >= 0, but was -3");
    }

    @Test
    void rejectsProfileCompletenessOutside0To100() {
        assertThatThrownBy(() -> Qualification.all().withProfileCompleteness(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("profileCompleteness must be 0 to 100, but was 101");
    }

    @Test
    void rejectsASpendThatIsNotPositive() {
        assertThatThrownBy(() -> Qualification.all().withSpend(Money.of("0", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spend must be > 0 when set, but was 0.00 EUR");
    }

    @Test
    void rejectsAWindowThatIsNotPositive() {
        assertThatThrownBy(() -> Qualification.all().withWindow(Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window must be > 0, but was P0D");
    }
}
