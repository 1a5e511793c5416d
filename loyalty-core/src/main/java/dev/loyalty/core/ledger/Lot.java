package dev.loyalty.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A quantity of points created by one credit, spent down by later debits.
 *
 * @param id the lot's number within its member's ledger: 1 for the first lot, then 2, 3, ...
 * @param pointType the point type's id
 * @param amount what the credit put in, in units of the point type
 * @param remaining what is left, 0 to {@code amount}
 * @param earnedAt when the points were earned (kept when they are transferred)
 * @param activatesAt when pending points become spendable; equal to {@code earnedAt} when not pending
 * @param expiresAt when the points expire, or {@link #NEVER}
 * @param state whether the lot is pending, active or cancelled
 */
public record Lot(
        long id,
        String pointType,
        long amount,
        long remaining,
        Instant earnedAt,
        Instant activatesAt,
        Instant expiresAt,
        State state) {

    /** The expiry of lots that never expire. */
    public static final Instant NEVER = Instant.MAX;

    /** Where a lot is in its life. Expiry is not a state: it follows from {@code expiresAt} and the time. */
    public enum State {
        /** Locked until activated (e.g. until a return period ends); counts as pending balance. */
        PENDING,
        /** Spendable until it expires. */
        ACTIVE,
        /** Cancelled before it was activated; holds nothing. */
        CANCELLED
    }

    /** Validates the fields. */
    public Lot {
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(earnedAt, "earnedAt");
        Objects.requireNonNull(activatesAt, "activatesAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(state, "state");
        if (id < 1) {
            throw new IllegalArgumentException("lot id must be >= 1, but was " + id);
        }
        if (amount < 1) {
            throw new IllegalArgumentException("amount of lot " + id + " must be >= 1, but was " + amount);
        }
        if (remaining < 0 || remaining > amount) {
            throw new IllegalArgumentException(
                    "remaining of lot " + id + " must be 0 to " + amount + ", but was " + remaining);
        }
        if (activatesAt.isBefore(earnedAt)) {
            throw new IllegalArgumentException("lot " + id + " activates at " + activatesAt + ", before it was earned at " + earnedAt);
        }
        if (!expiresAt.isAfter(activatesAt)) {
            throw new IllegalArgumentException("lot " + id + " expires at " + expiresAt + ", not after it activates at " + activatesAt);
        }
    }

    /** Whether the lot expires at all. */
    public boolean expires() {
        return !NEVER.equals(expiresAt);
    }

    /** Whether the lot's expiry instant has come by {@code at} (expiry is inclusive of the instant). */
    public boolean isExpiredAt(Instant at) {
        return !expiresAt.isAfter(at);
    }

    /**
     * Whether its points can be spent at {@code at}: active, already activated by {@code at}, not expired,
     * something left. A request dated before a lot became spendable never spends it.
     */
    public boolean isSpendableAt(Instant at) {
        return state == State.ACTIVE && remaining > 0 && !activatesAt.isAfter(at) && !isExpiredAt(at);
    }

    /** A copy with {@code remaining} changed by {@code delta}. */
    Lot withRemaining(long newRemaining) {
        return new Lot(id, pointType, amount, newRemaining, earnedAt, activatesAt, expiresAt, state);
    }

    /** A copy in {@code newState}. */
    Lot withState(State newState) {
        return new Lot(id, pointType, amount, remaining, earnedAt, activatesAt, expiresAt, newState);
    }
}
