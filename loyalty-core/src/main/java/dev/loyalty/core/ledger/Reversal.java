package dev.loyalty.core.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A request to undo an earlier {@link EntryKind#EARNED} or {@link EntryKind#REDEEMED} entry.
 *
 * <p>A redemption is always reversed whole. An earn may be reversed in parts (a partly refunded
 * purchase): {@code amount} says how much; empty means all that has not yet been reversed or expired.
 *
 * @param entry the sequence number of the entry to reverse
 * @param amount how much of an earn to reverse, or empty for all of it
 * @param at when
 * @param reason why (e.g. the refund)
 * @param requestKey the request's idempotency key
 */
public record Reversal(long entry, OptionalLong amount, Instant at, Reason reason, String requestKey) {

    /** Validates the fields. */
    public Reversal {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Checks.requestKey(requestKey);
        Checks.positive("entry", entry);
        if (amount.isPresent()) {
            Checks.positive("amount", amount.getAsLong());
        }
    }

    /** Reverses all of entry {@code entry}. */
    public static Reversal of(long entry, Instant at, Reason reason, String requestKey) {
        return new Reversal(entry, OptionalLong.empty(), at, reason, requestKey);
    }

    /** Reverses {@code amount} units of earn entry {@code entry}. */
    public static Reversal partial(long entry, long amount, Instant at, Reason reason, String requestKey) {
        return new Reversal(entry, OptionalLong.of(amount), at, reason, requestKey);
    }
}
