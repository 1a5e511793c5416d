package dev.loyalty.spi.tck.model;

import dev.loyalty.core.ledger.Rejection;
import java.util.List;

/** What a command came to, as predicted by the reference model or as observed from {@code Accounts}. */
sealed interface Outcome {

    /** The name {@link Failed} uses for an invalid request. */
    String INVALID = "InvalidRequestException";

    /** The name {@link Failed} uses for a reused key with a different request. */
    String CONFLICT = "IdempotencyConflictException";

    /**
     * Applied, now or (when {@code repeated}) the first time the key was used.
     *
     * @param entries the entries, both members' for a transfer
     * @param repeated whether these are the first application's entries and nothing changed now
     */
    record Posted(List<EntryView> entries, boolean repeated) implements Outcome {
        public Posted {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Refused for a business reason; nothing changed.
     *
     * @param code why
     */
    record Refused(Rejection.Code code) implements Outcome {}

    /**
     * Threw; nothing changed.
     *
     * @param exception the exception's simple class name, {@link #INVALID} or {@link #CONFLICT}
     */
    record Failed(String exception) implements Outcome {}

    /**
     * The sweeps ran.
     *
     * @param expired expiry entries recorded
     * @param activated activation entries recorded
     * @param members members whose ledgers changed, each once
     */
    record Swept(long expired, long activated, long members) implements Outcome {}

    /** Time passed; nothing was called. */
    record Waited() implements Outcome {}

    /** Whether the command changed stored state. */
    default boolean changes() {
        return this instanceof Posted posted ? !posted.repeated()
                : this instanceof Swept swept && swept.expired() + swept.activated() > 0;
    }
}
