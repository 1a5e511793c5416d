package dev.loyalty.core.tier;

import dev.loyalty.core.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * What was measured for one member at one instant, as input to tier qualification (MISSION T2).
 * Points, spend and purchases are counted over the ladder's {@link TierLadder#window() window}.
 *
 * <p>Status points and spend are net of reversals within the window and so may be negative; a
 * negative value simply meets no threshold.
 *
 * @param statusPoints status points earned in the window, in units of the status point type
 * @param spend money spent in the window, in the program's currency; zero when nothing was spent
 * @param purchases purchases made in the window, 0 or more
 * @param tenureDays days since enrollment, 0 or more (see {@code Member.tenureDays})
 * @param profileCompleteness profile completeness in percent, 0 to 100 (see
 *     {@code Member.profileCompleteness})
 */
public record TierMetrics(long statusPoints, Money spend, int purchases, long tenureDays, int profileCompleteness) {

    /** Validates the fields; messages name the field and the bad value. */
    public TierMetrics {
        Objects.requireNonNull(spend, "spend");
        if (purchases < 0) {
            throw new IllegalArgumentException("purchases must be >= 0, but was " + purchases);
        }
        if (tenureDays < 0) {
            throw new IllegalArgumentException("tenureDays must be >= 0, but was " + tenureDays);
        }
        if (profileCompleteness < 0 || profileCompleteness > 100) {
            throw new IllegalArgumentException("profileCompleteness must be 0 to 100, but was " + profileCompleteness);
        }
    }

    /** Nothing measured yet: all zero, spend zero in {@code currency}. */
    public static TierMetrics zero(Currency currency) {
        return new TierMetrics(0, Money.ofMinor(0, currency), 0, 0, 0);
    }

    /** A copy with {@code value} as the status points. */
    public TierMetrics withStatusPoints(long value) {
        return new TierMetrics(value, spend, purchases, tenureDays, profileCompleteness);
    }

    /** A copy with {@code value} as the spend. */
    public TierMetrics withSpend(Money value) {
        return new TierMetrics(statusPoints, value, purchases, tenureDays, profileCompleteness);
    }

    /** A copy with {@code value} as the purchase count. */
    public TierMetrics withPurchases(int value) {
        return new TierMetrics(statusPoints, spend, value, tenureDays, profileCompleteness);
    }

    /** A copy with {@code value} as the tenure in days. */
    public TierMetrics withTenureDays(long value) {
        return new TierMetrics(statusPoints, spend, purchases, value, profileCompleteness);
    }

    /** A copy with {@code value} as the profile completeness. */
    public TierMetrics withProfileCompleteness(int value) {
        return new TierMetrics(statusPoints, spend, purchases, tenureDays, value);
    }
}
