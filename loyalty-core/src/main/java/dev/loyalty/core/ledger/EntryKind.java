package dev.loyalty.core.ledger;

/** What a ledger entry records. The sign of an entry's amount follows from its kind. */
public enum EntryKind {
    /** Points earned: creates a lot, active or pending. Positive. */
    EARNED,
    /** A pending lot became spendable. Its amount is what moved from pending to available; the balance is unchanged. */
    ACTIVATED,
    /** Pending points taken back before activation (a reversed pending earn). Negative. */
    CANCELLED,
    /** Points spent. Negative. */
    REDEEMED,
    /** What was left of a lot at its expiry. Negative. */
    EXPIRED,
    /** An earlier entry undone: negative for a reversed earn, positive for a reversed redemption. */
    REVERSED,
    /** A correction by an operator: positive creates a lot, negative takes points. */
    ADJUSTED,
    /** Points received from another member, in lots that keep the source's earn and expiry dates. Positive. */
    TRANSFERRED_IN,
    /** Points given to another member. Negative. */
    TRANSFERRED_OUT
}
