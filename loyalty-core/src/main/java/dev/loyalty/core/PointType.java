package dev.loyalty.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of points a program keeps a balance of: spendable points, status points that count for
 * tiers, "coins", or a cashback wallet in money.
 *
 * <p>Amounts of a point type are kept as a {@code long} count of its smallest unit. The {@code scale}
 * says how many decimal places a unit has: 0 for whole points, 2 for hundredths of a point. A wallet
 * takes the scale of its currency (2 for EUR, 0 for JPY), so its units are the currency's minor units.
 *
 * @param id the name rule authors and hosts use, e.g. {@code "points"}; 1 to 32 of {@code [a-z0-9_-]}
 * @param kind what the points are for
 * @param scale decimal places of one unit, 0 to 6
 * @param currency the wallet's currency; present exactly when {@code kind} is {@link Kind#WALLET}
 */
public record PointType(String id, Kind kind, int scale, Optional<Currency> currency) {

    /** What a point type is for. */
    public enum Kind {
        /** Points the member can redeem for rewards. */
        SPENDABLE,
        /** Points that count towards tier qualification and cannot be redeemed. */
        STATUS,
        /** A money balance (cashback) in the point type's currency. */
        WALLET
    }

    /** Validates the fields; messages name the field and the bad value. */
    public PointType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        if (!id.matches("[a-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("point type id must be 1 to 32 of [a-z0-9_-], but was '" + id + "'");
        }
        if (scale < 0 || scale > 6) {
            throw new IllegalArgumentException("scale of point type '" + id + "' must be 0 to 6, but was " + scale);
        }
        if ((kind == Kind.WALLET) != currency.isPresent()) {
            throw new IllegalArgumentException("point type '" + id + "' of kind " + kind
                    + (kind == Kind.WALLET ? " needs a currency" : " must not have a currency"));
        }
        if (currency.isPresent() && currency.get().getDefaultFractionDigits() != scale) {
            throw new IllegalArgumentException("wallet '" + id + "' must have the scale of " + currency.get()
                    + " (" + currency.get().getDefaultFractionDigits() + "), but was " + scale);
        }
    }

    /** Spendable points counted in units of {@code 10^-scale} points. */
    public static PointType spendable(String id, int scale) {
        return new PointType(id, Kind.SPENDABLE, scale, Optional.empty());
    }

    /** Status points counted in units of {@code 10^-scale} points. */
    public static PointType status(String id, int scale) {
        return new PointType(id, Kind.STATUS, scale, Optional.empty());
    }

    /** A money wallet whose units are the minor units of {@code currency}. */
    public static PointType wallet(String id, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit and cannot back a wallet");
        }
        return new PointType(id, Kind.WALLET, digits, Optional.of(currency));
    }

    /** Whether members may redeem (spend) this point type. */
    public boolean isSpendable() {
        return kind != Kind.STATUS;
    }

    /**
     * Converts a decimal amount to units, rounding by {@code rounding} to this type's scale.
     *
     * @throws ArithmeticException if the result does not fit a {@code long}, or {@code rounding} is
     *     {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public long toUnits(BigDecimal amount, RoundingMode rounding) {
        return amount.setScale(scale, rounding).unscaledValue().longValueExact();
    }

    /** The decimal value of {@code units}, e.g. 1234 units at scale 2 is 12.34. */
    public BigDecimal toDecimal(long units) {
        return BigDecimal.valueOf(units, scale);
    }
}
