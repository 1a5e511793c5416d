package dev.loyalty.core.tier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What members of a tier get (MISSION T1).
 *
 * @param earnMultiplier factor applied to points earned, at least 1 (1, 1.5, 2), at most 4 decimal
 *     places; kept without trailing zeros, so {@code 1.50} and {@code 1.5} are equal
 * @param discountPercent standing discount on purchases, 0 to 100
 * @param priorityService whether the member gets priority support
 * @param access named entitlements such as {@code "vip-events"} or {@code "early-launches"}; each 1 to
 *     64 of {@code [a-z0-9_.-]}
 */
public record Benefits(BigDecimal earnMultiplier, int discountPercent, boolean priorityService, Set<String> access) {

    /** No benefits: multiplier 1, no discount, no priority service, no access. */
    public static final Benefits NONE = new Benefits(BigDecimal.ONE, 0, false, Set.of());

    private static final Pattern ACCESS_NAME = Pattern.compile("[a-z0-9_.-]{1,64}");

    /** Validates and normalises the fields; messages name the field and the bad value. */
    public Benefits {
        Objects.requireNonNull(earnMultiplier, "earnMultiplier");
        access = Set.copyOf(access);
        if (earnMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException(
                    "earnMultiplier must be >= 1, but was " + earnMultiplier.toPlainString());
        }
        BigDecimal stripped = earnMultiplier.stripTrailingZeros();
        if (stripped.scale() > 4) {
            throw new IllegalArgumentException(
                    "earnMultiplier must have at most 4 decimal places, but was " + earnMultiplier.toPlainString());
        }
        earnMultiplier = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        if (discountPercent < 0 || discountPercent > 100) {
            throw new IllegalArgumentException("discountPercent must be 0 to 100, but was " + discountPercent);
        }
        for (String name : access) {
            if (!ACCESS_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("access name must be 1 to 64 of [a-z0-9_.-], but was '" + name + "'");
            }
        }
    }

    /** A copy with {@code value} as the earn multiplier, e.g. {@code "1.5"}. */
    public Benefits withEarnMultiplier(String value) {
        return new Benefits(new BigDecimal(value), discountPercent, priorityService, access);
    }

    /** A copy with {@code value} as the discount percent. */
    public Benefits withDiscountPercent(int value) {
        return new Benefits(earnMultiplier, value, priorityService, access);
    }

    /** A copy with priority service set to {@code value}. */
    public Benefits withPriorityService(boolean value) {
        return new Benefits(earnMultiplier, discountPercent, value, access);
    }

    /** A copy with {@code value} as the entitlements, replacing the earlier ones. */
    public Benefits withAccess(String... value) {
        return new Benefits(earnMultiplier, discountPercent, priorityService, Set.copyOf(List.of(value)));
    }

    /** Whether the benefits include the entitlement {@code name}. */
    public boolean grants(String name) {
        return access.contains(name);
    }
}
