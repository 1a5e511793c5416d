package dev.loyalty.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void memberIdsAreShortTokensWithoutSpaces() {
        assertThat(MemberId.of("c-1042").toString()).isEqualTo("c-1042");
        assertThatThrownBy(() -> MemberId.of("")).hasMessage("member id must be 1 to 64 characters, but was 0: ''");
        assertThatThrownBy(() -> MemberId.of("anna jansen"))
                .hasMessage("member id must not contain white space or control characters, but was 'anna jansen'");
        assertThatThrownBy(() -> MemberId.of("x".repeat(65))).hasMessageStartingWith("member id must be 1 to 64 characters, but was 65");
    }

    @Test
    void pointTypesConvertDecimalsToUnitsOfTheirScale() {
        PointType hundredths = PointType.spendable("coins", 2);

        assertThat(hundredths.toUnits(new BigDecimal("12.345"), RoundingMode.HALF_EVEN)).isEqualTo(1234);
        assertThat(hundredths.toUnits(new BigDecimal("12.355"), RoundingMode.HALF_EVEN)).isEqualTo(1236);
        assertThat(hundredths.toUnits(new BigDecimal("12.349"), RoundingMode.DOWN)).isEqualTo(1234);
        assertThat(hundredths.toDecimal(1234)).isEqualByComparingTo("12.34");
        assertThat(PointType.spendable("points", 0).toUnits(new BigDecimal("7.5"), RoundingMode.FLOOR)).isEqualTo(7);
        assertThatThrownBy(() -> hundredths.toUnits(new BigDecimal("1e30"), RoundingMode.DOWN))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void walletsTakeTheirCurrencysScaleAndOnlyWalletsHaveACurrency() {
        assertThat(PointType.wallet("cashback", EUR).scale()).isEqualTo(2);
        assertThat(PointType.wallet("cashback", JPY).scale()).isZero();
        assertThat(PointType.wallet("cashback", EUR).isSpendable()).isTrue();
        assertThat(PointType.status("status", 0).isSpendable()).isFalse();
        assertThatThrownBy(() -> new PointType("cashback", PointType.Kind.WALLET, 0, Optional.of(EUR)))
                .hasMessage("wallet 'cashback' must have the scale of EUR (2), but was 0");
        assertThatThrownBy(() -> new PointType("points", PointType.Kind.SPENDABLE, 0, Optional.of(EUR)))
                .hasMessage("point type 'points' of kind SPENDABLE must not have a currency");
        assertThatThrownBy(() -> PointType.spendable("Points", 0))
                .hasMessage("point type id must be 1 to 32 of [a-z0-9_-], but was 'Points'");
        assertThatThrownBy(() -> PointType.spendable("points", 7))
                .hasMessage("scale of point type 'points' must be 0 to 6, but was 7");
    }

    @Test
    void moneyIsExactAtTheCurrencysScale() {
        Money price = Money.of("12.5", "EUR");

        assertThat(price.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(price.minorUnits()).isEqualTo(1250);
        assertThat(price.plus(Money.ofMinor(99, EUR))).isEqualTo(Money.of("13.49", "EUR"));
        assertThat(price.toString()).isEqualTo("12.50 EUR");
        assertThatThrownBy(() -> Money.of("12.345", "EUR"))
                .hasMessage("amount 12.345 has more decimal places than EUR (2)");
        assertThatThrownBy(() -> Money.of("100.5", "JPY"))
                .hasMessage("amount 100.5 has more decimal places than JPY (0)");
        assertThatThrownBy(() -> price.plus(Money.of("1", "JPY")))
                .hasMessage("cannot combine 12.50 EUR with 1 JPY: currencies differ");
    }

    @Test
    void exceptionsSayWhetherARetryMayHelp() {
        assertThat(new UnknownMemberException(MemberId.of("zed")))
                .hasMessage("unknown member 'zed': no member with this id is enrolled")
                .matches(e -> !e.isTransient());
        assertThat(new ConcurrencyException(MemberId.of("zed"), 32).isTransient()).isTrue();
        assertThat(StoreException.transientFailure("connection lost", new RuntimeException()).isTransient()).isTrue();
        assertThat(StoreException.corrupt("bad row").isTransient()).isFalse();
    }
}
