package dev.loyalty.core.ledger;

import dev.loyalty.core.MemberId;
import java.util.Objects;

/**
 * Points at one entry of one member's ledger.
 *
 * @param member the member whose ledger holds the entry
 * @param sequence the entry's sequence number in that ledger
 */
public record EntryRef(MemberId member, long sequence) {

    /** Validates the fields. */
    public EntryRef {
        Objects.requireNonNull(member, "member");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, but was " + sequence);
        }
    }

    @Override
    public String toString() {
        return member + "#" + sequence;
    }
}
