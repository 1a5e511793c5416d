package dev.loyalty.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to credit points: creates one lot.
 *
 * @param pointType the point type's id
 * @param amount how many units, at least 1
 * @param at when the points are earned
 * @param activatesAt when they become spendable; after {@code at} they are pending until then
 * @param expiresAt when they expire, after {@code activatesAt}, or {@link Lot#NEVER}
 * @param reason why
 * @param requestKey the request's idempotency key
 */
public record Earn(
        String pointType, long amount, Instant at, Instant activatesAt, Instant expiresAt, Reason reason, String requestKey) {

    /** Validates the fields. */
    public Earn {
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(activatesAt, "activatesAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(reason, "reason");
        Checks.requestKey(requestKey);
        Checks.positive("amount", amount);
        if (activatesAt.isBefore(at)) {
            throw new IllegalArgumentException("activatesAt " + activatesAt + " is before the points are earned at " + at);
        }
        if (!expiresAt.isAfter(activatesAt)) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " must be after activatesAt " + activatesAt);
        }
    }

    /** Points that are spendable at once and never expire. */
    public static Earn of(String pointType, long amount, Instant at, Reason reason, String requestKey) {
        return new Earn(pointType, amount, at, at, Lot.NEVER, reason, requestKey);
    }

    /** A copy that expires at {@code expiry}. */
    public Earn expiringAt(Instant expiry) {
        return new Earn(pointType, amount, at, activatesAt, expiry, reason, requestKey);
    }

    /** A copy that is pending until {@code activation}. */
    public Earn pendingUntil(Instant activation) {
        return new Earn(pointType, amount, at, activation, expiresAt, reason, requestKey);
    }

    /** Whether the points start out pending. */
    public boolean isPending() {
        return activatesAt.isAfter(at);
    }
}
