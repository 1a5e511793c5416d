package dev.loyalty.rules.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class TillTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void aDiscountThenACouponThenTheWalletNeverTakeMoreThanIsLeft() {
        Till till = Till.of(EUR, new BigDecimal("19.99"));

        assertThat(till.discount("DISC", 15)).isEqualByComparingTo("3.00");        // 2.9985 rounded half up
        assertThat(till.coupon("COUP", 1000)).isEqualTo(1000);                       // 10.00 of a 10.00 coupon
        assertThat(till.wallet("wallet", 2500)).isEqualTo(699);                      // 6.99 of 25.00 in the wallet

        CheckoutQuote quote = till.quote();
        assertThat(quote.toPay()).isEqualByComparingTo("0.00");
        assertThat(quote.deducted(Deduction.Kind.WALLET)).isEqualByComparingTo("6.99");
        assertThat(quote.deductions()).extracting(Deduction::source).containsExactly("DISC", "COUP", "wallet");
        assertThat(till.wallet("wallet", 2500)).isZero();
    }

    @Test
    void amountsKeepTheCurrencysScale() {
        Till yen = Till.of(JPY, new BigDecimal("1005"));

        assertThat(yen.discount("DISC", 5)).isEqualByComparingTo("50");             // 50.25 rounded half up
        assertThat(yen.coupon("COUP", 2000)).isEqualTo(955);
        assertThat(yen.quote().toPay()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Till.of(EUR, new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an order total must be >= 0 with at most 2 decimals of EUR, but was 1.005");
    }

    @Test
    void aRewardBoughtWithMoneyJoinsTheOrderBeforeAnythingIsTakenOff() {
        Till till = Till.of(EUR, new BigDecimal("10.00"));
        till.buy("gift-box", new BigDecimal("15"));

        assertThat(till.discount("DISC", 15)).isEqualByComparingTo("3.75");         // 15 % of 25.00
        CheckoutQuote quote = till.quote();
        assertThat(quote.total()).isEqualTo(new BigDecimal("25.00"));
        assertThat(quote.orderTotal()).isEqualTo(new BigDecimal("10.00"));
        assertThat(quote.bought()).containsExactly(new Bought("gift-box", new BigDecimal("15.00")));
        assertThat(quote.toPay()).isEqualTo(new BigDecimal("21.25"));
        assertThatThrownBy(() -> till.buy("late", BigDecimal.ONE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("reward 'late' is bought after something was taken off the order");
        assertThatThrownBy(() -> Till.of(EUR, BigDecimal.ZERO).buy("cents", new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price of reward 'cents' must be >= 0 with at most 2 decimals, but was 0.001");
    }
}
