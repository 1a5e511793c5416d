package dev.loyalty.core.ledger;

/**
 * What happens when an earn is reversed (a purchase refunded) after some of its points were spent.
 *
 * <p>Either way the reversal takes back the amount that was recorded, never one recomputed with the
 * current rules: first what is left of the earn's own lot, then other spendable points of the same type.
 */
public enum ReversalPolicy {
    /** Whatever cannot be taken back becomes debt, which later credits of that type repay first. */
    DEBT,
    /** The reversal is rejected ({@link Rejection.Code#INSUFFICIENT_POINTS}) unless it can be taken back in full. */
    REJECT
}
