package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import java.util.List;
import java.util.Objects;

/**
 * What a store applied for one append, kept under its idempotency key.
 *
 * @param owner the member whose ledger scopes the key
 * @param requestKey the idempotency key
 * @param fingerprint the digest of the request that was applied
 * @param entries the entries the append added, for all members, in the order given
 */
public record Receipt(MemberId owner, String requestKey, String fingerprint, List<Entry> entries) {

    /** Validates the fields and copies the list. */
    public Receipt {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        entries = List.copyOf(entries);
    }
}
