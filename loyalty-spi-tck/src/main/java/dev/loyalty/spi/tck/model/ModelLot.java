package dev.loyalty.spi.tck.model;

import dev.loyalty.core.ledger.Lot;
import java.time.Instant;
import java.util.Comparator;

/** A lot as the reference model keeps it: plain fields, {@code remaining} and {@code state} changed in place. */
final class ModelLot {

    /** Soonest expiry first, then earliest earned, then the lot created first. */
    static final Comparator<ModelLot> SPEND_ORDER = Comparator.comparing((ModelLot lot) -> lot.expiresAt)
            .thenComparing(lot -> lot.earnedAt)
            .thenComparingLong(lot -> lot.id);

    final long id;
    final String pointType;
    final long amount;
    final Instant earnedAt;
    final Instant activatesAt;
    final Instant expiresAt;
    long remaining;
    Lot.State state;

    ModelLot(long id, String pointType, long amount, Instant earnedAt, Instant activatesAt, Instant expiresAt,
            Lot.State state) {
        this.id = id;
        this.pointType = pointType;
        this.amount = amount;
        this.remaining = amount;
        this.earnedAt = earnedAt;
        this.activatesAt = activatesAt;
        this.expiresAt = expiresAt;
        this.state = state;
    }

    /** Whether its expiry instant has come by {@code at}. */
    boolean isExpiredAt(Instant at) {
        return !expiresAt.isAfter(at);
    }

    /** Active, already activated by {@code at} (a request dated earlier never spends it), not expired, something left. */
    boolean isSpendableAt(Instant at) {
        return state == Lot.State.ACTIVE && remaining > 0 && !activatesAt.isAfter(at) && !isExpiredAt(at);
    }

    /** Not spendable at {@code at} only because it is pending or activates later: counts as pending. */
    boolean isPendingAt(Instant at) {
        return state != Lot.State.CANCELLED && !isExpiredAt(at) && !(state == Lot.State.ACTIVE && !activatesAt.isAfter(at));
    }

    /** The lot as the ledger's value type, for comparison. */
    Lot toLot() {
        return new Lot(id, pointType, amount, remaining, earnedAt, activatesAt, expiresAt, state);
    }
}
