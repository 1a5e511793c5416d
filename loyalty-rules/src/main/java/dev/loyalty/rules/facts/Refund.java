package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A purchase given back, in full or in part. Handling it takes back what the purchase earned, by the
 * recorded amounts: all of it for a full refund, the refunded share (rounded down) for a partial one.
 */
public final class Refund extends MemberEvent implements Event {

    private final String purchaseId;
    private final Optional<BigDecimal> amount;

    private Refund(String id, MemberId memberId, Instant at, String purchaseId, Optional<BigDecimal> amount) {
        super(id, memberId, at);
        this.purchaseId = Events.id(purchaseId);
        this.amount = Objects.requireNonNull(amount, "amount");
        amount.ifPresent(value -> {
            if (value.signum() <= 0) {
                throw new InvalidRequestException("refund '" + id + "' amount must be > 0, but was " + value.toPlainString());
            }
        });
    }

    /** The whole of purchase {@code purchaseId} is given back. */
    public static Refund full(String id, MemberId memberId, Instant at, String purchaseId) {
        return new Refund(id, memberId, at, purchaseId, Optional.empty());
    }

    /** {@code amount} (in the purchase's currency) of purchase {@code purchaseId} is given back. */
    public static Refund partial(String id, MemberId memberId, Instant at, String purchaseId, String amount) {
        return new Refund(id, memberId, at, purchaseId, Optional.of(new BigDecimal(amount)));
    }

    @Override
    public String getType() {
        return "refund";
    }

    /** The id of the purchase given back. */
    public String getPurchaseId() {
        return purchaseId;
    }

    /** The amount given back, or empty for the whole purchase. */
    public Optional<BigDecimal> getAmount() {
        return amount;
    }

    /** Whether only part of the purchase is given back. */
    public boolean isPartial() {
        return amount.isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Refund other && sameEvent(other)
                && purchaseId.equals(other.purchaseId) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, purchaseId, amount);
    }

    @Override
    public String toString() {
        return "Refund[" + id + " by " + memberId + " at " + at + " of " + purchaseId
                + amount.map(value -> ", " + value.toPlainString()).orElse(", in full") + "]";
    }
}
