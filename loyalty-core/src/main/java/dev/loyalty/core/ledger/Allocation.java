package dev.loyalty.core.ledger;

/**
 * What one entry did to one lot.
 *
 * @param lot the lot's id
 * @param amount the change of the lot's remaining points: negative when points were taken from it
 *     (spent, expired, reversed, transferred, used to repay debt), positive when they were given back
 *     (a reversed redemption)
 */
public record Allocation(long lot, long amount) {

    /** Validates the fields. */
    public Allocation {
        if (lot < 1) {
            throw new IllegalArgumentException("lot must be >= 1, but was " + lot);
        }
    }
}
