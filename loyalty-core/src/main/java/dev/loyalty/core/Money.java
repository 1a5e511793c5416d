package dev.loyalty.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency.
 *
 * <p>The amount is kept at the currency's scale (2 for EUR, 0 for JPY); an amount with more decimal
 * places than the currency has is rejected rather than rounded, so no cent is ever lost silently.
 *
 * @param amount the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Validates the amount against the currency and brings it to the currency's scale. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more decimal places than " + currency + " (" + digits + ")");
        }
        amount = amount.setScale(digits);
    }

    /** {@code Money.of("12.50", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Money from a count of the currency's minor units: {@code ofMinor(1250, EUR)} is 12.50 EUR. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /** The amount as a count of minor units; 12.50 EUR is 1250. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The sum; both must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other + ": currencies differ");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
