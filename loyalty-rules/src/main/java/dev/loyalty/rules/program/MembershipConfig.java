package dev.loyalty.rules.program;

import dev.loyalty.core.Money;
import dev.loyalty.core.tier.Benefits;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A paid membership (a VIP subscription): a member who pays its price has its benefits for one period,
 * and keeps them through the grace period after it; paying again renews it. YAML, one item of
 * {@code memberships}:
 * <pre>{@code
 * - id: vip                        # required; 1 to 64 of [a-z0-9_.-]
 *   name: VIP Club                 # required
 *   price: "49.00"                 # required; > 0, in the program currency
 *   period: P1Y                    # required; ISO-8601 period, > 0
 *   grace: P14D                    # optional, default P0D
 *   benefits: { earnMultiplier: "2", access: [free-delivery, vip-lounge] }   # like a tier's benefits
 * }</pre>
 * Rules match an active membership with {@code Membership(id == "vip")}; it holds the benefits.
 *
 * @param id the id payments and rules use
 * @param name the display name
 * @param price what one period costs
 * @param period how long one payment lasts
 * @param grace how long the benefits last after the paid period ends
 * @param benefits what the membership gives
 */
public record MembershipConfig(String id, String name, Money price, Period period, Period grace, Benefits benefits) {

    /** Validates the fields. */
    public MembershipConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(benefits, "benefits");
        if (price.amount().signum() <= 0) {
            throw new IllegalArgumentException("price of membership '" + id + "' must be > 0, but was " + price.amount().toPlainString());
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period of membership '" + id + "' must be > 0, but was " + period);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace of membership '" + id + "' must be >= 0, but was " + grace);
        }
    }

    /**
     * Until when a payment at {@code paidAt} pays, given the end of the period paid before: a renewal
     * before the old period's grace ran out extends it from its end; otherwise a new period starts at the
     * payment. Periods are added in {@code zone}'s calendar.
     */
    public Instant paidUntil(Optional<Instant> paidBefore, Instant paidAt, ZoneId zone) {
        Instant start = paidBefore.filter(until -> paidAt.isBefore(graceEnd(until, zone))).orElse(paidAt);
        return start.atZone(zone).plus(period).toInstant();
    }

    /** Whether a membership paid until {@code paidUntil} gives its benefits at {@code at}: until its grace ends. */
    public boolean activeAt(Instant paidUntil, Instant at, ZoneId zone) {
        return at.isBefore(graceEnd(paidUntil, zone));
    }

    private Instant graceEnd(Instant paidUntil, ZoneId zone) {
        return paidUntil.atZone(zone).plus(grace).toInstant();
    }
}
