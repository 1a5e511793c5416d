package dev.loyalty.rules.program;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When earned points of a point type expire. YAML: {@code expiry: { days: 365 }} or
 * {@code expiry: { months: 12, endOfMonth: true }}; {@code expiry: never} or no {@code expiry} key means
 * the points never expire (then there is no {@code Expiry}).
 *
 * @param after how long after earning the points expire; more than zero ({@code days} or {@code months})
 * @param endOfMonth whether expiry is moved to the end of the month it falls in, in the program's zone
 */
public record Expiry(Period after, boolean endOfMonth) {

    /** Validates the fields. */
    public Expiry {
        Objects.requireNonNull(after, "after");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("expiry must be > 0, but was " + after);
        }
    }

    /**
     * The instant points earned at {@code earnedAt} expire: {@code after} later on the calendar of
     * {@code zone}, then, with {@code endOfMonth}, the start of the following month (so they can be
     * used through the whole last month).
     */
    public Instant expiresAt(Instant earnedAt, ZoneId zone) {
        ZonedDateTime at = earnedAt.atZone(zone).plus(after);
        if (endOfMonth) {
            at = at.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone);
        }
        return at.toInstant();
    }
}
