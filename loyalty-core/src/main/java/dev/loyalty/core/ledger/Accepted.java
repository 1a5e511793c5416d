package dev.loyalty.core.ledger;

import java.util.List;
import java.util.Objects;

/**
 * An accepted ledger request.
 *
 * @param entries the new entries, in order, to append to the ledger
 * @param ledger the ledger with the entries applied
 */
public record Accepted(List<Entry> entries, Ledger ledger) implements LedgerResult {

    /** Copies {@code entries}. */
    public Accepted {
        entries = List.copyOf(entries);
        Objects.requireNonNull(ledger, "ledger");
    }
}
