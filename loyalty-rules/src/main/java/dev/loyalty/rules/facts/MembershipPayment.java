package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A member paid for a period of a paid membership ({@code memberships} in program.yaml). The amount must
 * be the membership's price. Paying again before the grace period ran out renews it from the end of the
 * period paid; later, a new period starts at the payment.
 */
public final class MembershipPayment extends MemberEvent implements Event {

    private final String membership;
    private final BigDecimal amount;

    private MembershipPayment(String id, MemberId memberId, Instant at, String membership, BigDecimal amount) {
        super(id, memberId, at);
        this.membership = Events.name("membership", membership);
        this.amount = Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new InvalidRequestException("membership payment '" + id + "' amount must be > 0, but was " + amount.toPlainString());
        }
    }

    /** {@code amount} (e.g. {@code "49.00"}, in the program currency) paid for membership {@code membership}. */
    public static MembershipPayment of(String id, MemberId memberId, Instant at, String membership, String amount) {
        return new MembershipPayment(id, memberId, at, membership, new BigDecimal(amount));
    }

    @Override
    public String getType() {
        return "membership-payment";
    }

    /** The membership paid for. */
    public String getMembership() {
        return membership;
    }

    /** The amount paid. */
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipPayment other && sameEvent(other) && membership.equals(other.membership)
                && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, membership, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "MembershipPayment[" + id + " by " + memberId + " at " + at + ": " + membership + ", " + amount.toPlainString() + "]";
    }
}
