package dev.loyalty.rules.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Takes codes, coupons and wallet money off one order, exactly: every amount is a {@link BigDecimal} in
 * the currency's scale, and nothing is ever taken off beyond what is left to pay. Apply discounts first,
 * then coupons, then the wallet (the engine does). A discount is a percentage of what is left to pay,
 * rounded to the currency's scale with {@link #ROUNDING} (half up: 15 % of 19.99 is 3.00). Not thread-safe:
 * one till per order.
 */
public final class Till {

    /** How a percentage discount is rounded to the currency's scale. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int scale;
    private BigDecimal total;
    private BigDecimal left;
    private final List<Deduction> deductions = new ArrayList<>();
    private final List<Bought> bought = new ArrayList<>();

    private Till(Currency currency, BigDecimal total) {
        this.scale = currency.getDefaultFractionDigits();
        if (total.signum() < 0 || total.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("an order total must be >= 0 with at most " + scale + " decimals of "
                    + currency + ", but was " + total.toPlainString());
        }
        this.total = total.setScale(scale);
        this.left = this.total;
    }

    /** A till for an order of {@code total} in {@code currency}. */
    public static Till of(Currency currency, BigDecimal total) {
        return new Till(Objects.requireNonNull(currency, "currency"), Objects.requireNonNull(total, "total"));
    }

    /**
     * Adds catalogue reward {@code reward} bought for {@code price} to the order, before anything is taken off.
     *
     * @throws IllegalArgumentException if the price is negative or has more decimals than the currency
     * @throws IllegalStateException if something was taken off already
     */
    public void buy(String reward, BigDecimal price) {
        if (price.signum() < 0 || price.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("price of reward '" + reward + "' must be >= 0 with at most " + scale
                    + " decimals, but was " + price.toPlainString());
        }
        if (!deductions.isEmpty()) {
            throw new IllegalStateException("reward '" + reward + "' is bought after something was taken off the order");
        }
        BigDecimal exact = price.setScale(scale);
        bought.add(new Bought(reward, exact));
        total = total.add(exact);
        left = left.add(exact);
    }

    /** Takes {@code percent} % of what is left to pay off, for discount code {@code code}; returns what it took. */
    public BigDecimal discount(String code, long percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent of code " + code + " must be 0 to 100, but was " + percent);
        }
        BigDecimal off = left.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, scale, ROUNDING);
        return take(Deduction.Kind.DISCOUNT, code, off);
    }

    /** Takes up to {@code available} (in minor units) off for coupon {@code code}; returns the minor units it took. */
    public long coupon(String code, long available) {
        BigDecimal off = take(Deduction.Kind.COUPON, code, BigDecimal.valueOf(available, scale).min(left));
        return off.unscaledValue().longValueExact();
    }

    /** Records that code {@code code} (a product or service) was used: nothing off. */
    public void code(String code) {
        take(Deduction.Kind.CODE, code, BigDecimal.ZERO.setScale(scale));
    }

    /** Takes up to {@code available} (in minor units) off from wallet {@code pointType}; returns the minor units it took. */
    public long wallet(String pointType, long available) {
        BigDecimal off = BigDecimal.valueOf(available, scale).min(left);
        if (off.signum() == 0) {
            return 0;
        }
        return take(Deduction.Kind.WALLET, pointType, off).unscaledValue().longValueExact();
    }

    /** What is left to pay now. */
    public BigDecimal left() {
        return left;
    }

    /** The quote: the total, what was taken off, what is left to pay. */
    public CheckoutQuote quote() {
        return new CheckoutQuote(total, deductions, left, bought);
    }

    private BigDecimal take(Deduction.Kind kind, String source, BigDecimal off) {
        if (off.signum() < 0) {
            throw new IllegalArgumentException(kind + " " + source + " cannot take off a negative amount: " + off.toPlainString());
        }
        deductions.add(new Deduction(kind, source, off));
        left = left.subtract(off);
        return off;
    }
}
