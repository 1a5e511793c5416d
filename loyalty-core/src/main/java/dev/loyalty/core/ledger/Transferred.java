package dev.loyalty.core.ledger;

import java.util.Objects;

/**
 * An accepted transfer: the entries for both ledgers, to be appended together, atomically.
 *
 * @param from the giving member's entries and ledger after
 * @param to the receiving member's entries and ledger after
 */
public record Transferred(Accepted from, Accepted to) implements TransferResult {

    /** Validates the fields. */
    public Transferred {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
