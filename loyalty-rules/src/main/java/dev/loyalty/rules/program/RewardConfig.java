package dev.loyalty.rules.program;

import dev.loyalty.core.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A reward of the catalogue. YAML, one item of {@code rewards}:
 * <pre>{@code
 * - id: twenty-off                       # required; 1 to 64 of [a-z0-9_.-]
 *   name: 20 % off your next order       # required
 *   cost: { pointType: points, amount: 500 }   # cost or price, not both: amount in points (decimals up to the type's scale), >= 0
 *   price: "15.00"                       # cost or price: money in the program currency, >= 0, bought at a Checkout
 *   kind: discount                       # required: discount | coupon | product | service
 *   percent: 20                          # discount only, required there: 1 to 100
 *   value: "5.00"                        # coupon only, required there: money in the program currency, > 0
 *   stock: 100                           # optional, >= 0; absent = unlimited
 *   validFrom: 2026-12-01T00:00          # optional local date-time in the program's zone (or with offset)
 *   validUntil: 2027-01-01T00:00         # optional, after validFrom; exclusive
 *   audience: { tiers: [gold] }          # optional, default everyone
 *   perMemberLimit: 1                    # optional, >= 1; absent = unlimited
 *   code: { validDays: 30 }              # optional: see RewardTerms (also earlyAccess, partnerPool)
 * }</pre>
 *
 * @param id the id rules ({@code reward == "twenty-off"}, {@code decisions.grant("twenty-off")}) and hosts use
 * @param name the display name
 * @param kind what the member gets
 * @param pointType the point type the reward costs; empty for a reward bought with money
 * @param cost the cost in units of {@code pointType} (its smallest unit, by its scale); 0 or more; 0 for a reward bought with money
 * @param percent the discount in percent, present exactly for {@link Kind#DISCOUNT}
 * @param value the coupon's value, present exactly for {@link Kind#COUPON}
 * @param stock how many can be redeemed in all; empty if unlimited
 * @param validFrom from when it can be redeemed; empty if always
 * @param validUntil until when (exclusive) it can be redeemed; empty if always
 * @param audience who may redeem it
 * @param perMemberLimit how many times one member may redeem it; empty if unlimited
 * @param terms how it is handed out: as a code, early to some tiers, from a partner's pool
 * @param price its price in the program currency, for a reward bought with money at a checkout instead of with points
 */
public record RewardConfig(String id, String name, Kind kind, String pointType, long cost, OptionalInt percent,
        Optional<Money> value, OptionalLong stock, Optional<Instant> validFrom, Optional<Instant> validUntil,
        Audience audience, OptionalInt perMemberLimit, RewardTerms terms, Optional<Money> price) {

    /** What a reward gives the member. */
    public enum Kind {
        /** A percentage off an order ({@code percent}). */
        DISCOUNT,
        /** A fixed amount of money off ({@code value}). */
        COUPON,
        /** A product. */
        PRODUCT,
        /** A service or experience. */
        SERVICE
    }

    /** Validates the fields. */
    public RewardConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(perMemberLimit, "perMemberLimit");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(price, "price");
        if (cost < 0) {
            throw new IllegalArgumentException("cost of reward '" + id + "' must be >= 0, but was " + cost);
        }
        if (price.isPresent() && (cost != 0 || !pointType.isEmpty())) {
            throw new IllegalArgumentException("reward '" + id + "' has a price, so it cannot also cost points");
        }
        if (price.isPresent() && price.get().amount().signum() < 0) {
            throw new IllegalArgumentException("price of reward '" + id + "' must be >= 0, but was " + price.get());
        }
    }

    /** A reward bought with points, handed out as {@code terms} say. */
    public RewardConfig(String id, String name, Kind kind, String pointType, long cost, OptionalInt percent,
            Optional<Money> value, OptionalLong stock, Optional<Instant> validFrom, Optional<Instant> validUntil,
            Audience audience, OptionalInt perMemberLimit, RewardTerms terms) {
        this(id, name, kind, pointType, cost, percent, value, stock, validFrom, validUntil, audience, perMemberLimit, terms,
                Optional.empty());
    }

    /** A reward handed out as it is ({@link RewardTerms#NONE}). */
    public RewardConfig(String id, String name, Kind kind, String pointType, long cost, OptionalInt percent,
            Optional<Money> value, OptionalLong stock, Optional<Instant> validFrom, Optional<Instant> validUntil,
            Audience audience, OptionalInt perMemberLimit) {
        this(id, name, kind, pointType, cost, percent, value, stock, validFrom, validUntil, audience, perMemberLimit,
                RewardTerms.NONE);
    }

    /** Whether the reward is bought with money at a checkout ({@code price}) rather than with points. */
    public boolean boughtWithMoney() {
        return price.isPresent();
    }

    /** Whether the reward can be redeemed at {@code at}: within {@code validFrom} (inclusive) and {@code validUntil} (exclusive). */
    public boolean validAt(Instant at) {
        return validFrom.map(from -> !at.isBefore(from)).orElse(true)
                && validUntil.map(until -> at.isBefore(until)).orElse(true);
    }

    /** Whether a member of tier {@code tier} may redeem it at {@code at}: as {@link #validAt}, or early by {@code earlyAccess}. */
    public boolean validAt(Instant at, String tier) {
        boolean early = terms.earlyFrom(tier).map(from -> !at.isBefore(from)).orElse(false);
        return validAt(at) || early && validUntil.map(until -> at.isBefore(until)).orElse(true);
    }

    /**
     * What a code of this reward is worth, as stored with it: the percent of a discount, the value of a
     * coupon in minor units of the currency; 0 for others.
     */
    public long codeValue() {
        if (kind == Kind.DISCOUNT) {
            return percent.orElseThrow();
        }
        return value.map(money -> money.amount().unscaledValue().longValueExact()).orElse(0L);
    }
}
