package dev.loyalty.core.ledger;

/**
 * What a ledger request came to: {@link Accepted} with the entries to append, or a {@link Rejection}.
 * Failures that are not business outcomes (bad arguments) are exceptions instead.
 */
public sealed interface LedgerResult permits Accepted, Rejection {

    /** Whether the request was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
