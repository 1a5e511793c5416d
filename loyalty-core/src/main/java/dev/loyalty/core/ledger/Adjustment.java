package dev.loyalty.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction made by an operator: a positive amount credits a new lot, a negative one takes points in
 * spend order (and is rejected if the member does not have them).
 *
 * @param pointType the point type's id
 * @param amount the signed change, not 0
 * @param at when
 * @param expiresAt when credited points expire, or {@link Lot#NEVER}; ignored for a negative amount
 * @param reason why; usually {@link Reason#operator}
 * @param requestKey the request's idempotency key
 */
public record Adjustment(String pointType, long amount, Instant at, Instant expiresAt, Reason reason, String requestKey) {

    /** Validates the fields. */
    public Adjustment {
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(reason, "reason");
        Checks.requestKey(requestKey);
        if (amount == 0 || amount == Long.MIN_VALUE) {
            throw new IllegalArgumentException("amount must be non-zero and greater than " + Long.MIN_VALUE + ", but was " + amount);
        }
        if (amount > 0 && !expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " must be after " + at);
        }
    }

    /** An adjustment whose credited points never expire. */
    public static Adjustment of(String pointType, long amount, Instant at, Reason reason, String requestKey) {
        return new Adjustment(pointType, amount, at, Lot.NEVER, reason, requestKey);
    }
}
