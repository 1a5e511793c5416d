package dev.loyalty.core.ledger;

/**
 * A member's balance of one point type at one instant.
 *
 * @param available what can be spent now: active, unexpired lots less debt; negative only while there is debt
 * @param pending what is earned but locked until it activates
 * @param debt what reversals could not take back and later credits will repay first
 */
public record Balance(long available, long pending, long debt) {

    /** Nothing at all. */
    public static final Balance ZERO = new Balance(0, 0, 0);

    /** Validates the fields. */
    public Balance {
        if (pending < 0) {
            throw new IllegalArgumentException("pending must be >= 0, but was " + pending);
        }
        if (debt < 0) {
            throw new IllegalArgumentException("debt must be >= 0, but was " + debt);
        }
        if (available < 0 && debt == 0) {
            throw new IllegalArgumentException("available " + available + " is negative without any debt");
        }
    }
}
