package dev.loyalty.accounts;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Rejection;
import java.util.List;
import java.util.Objects;

/** What a request to {@link Accounts} came to: {@link Posted} or {@link Refused}. */
public sealed interface Posting {

    /**
     * The request was applied.
     *
     * @param entries the entries it made (for a transfer, both members' entries)
     * @param repeated true when the request had been applied before under the same key and these are the
     *     entries of that first time; nothing was changed now
     */
    record Posted(List<Entry> entries, boolean repeated) implements Posting {
        /** Copies the list. */
        public Posted {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The request was refused for a business reason; nothing was changed.
     *
     * @param rejection the code and message
     */
    record Refused(Rejection rejection) implements Posting {
        /** Validates the field. */
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** Whether the request was applied (now or before). */
    default boolean isPosted() {
        return this instanceof Posted;
    }

    /** The entries of a {@link Posted} posting, or an empty list. */
    default List<Entry> entries() {
        return this instanceof Posted posted ? posted.entries() : List.of();
    }
}
