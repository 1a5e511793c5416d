package dev.loyalty.core.ledger;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to move spendable points from one member to another. The receiver gets lots that keep the
 * source lots' earn and expiry dates, so transferring never extends the life of points.
 *
 * @param from the giving member
 * @param to the receiving member, not {@code from}
 * @param pointType the point type's id; must be spendable
 * @param amount how many units, at least 1
 * @param at when
 * @param reason why
 * @param requestKey the request's idempotency key (recorded in both ledgers)
 */
public record Transfer(MemberId from, MemberId to, String pointType, long amount, Instant at, Reason reason, String requestKey) {

    /** Validates the fields. */
    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Checks.requestKey(requestKey);
        Checks.positive("amount", amount);
        if (from.equals(to)) {
            throw new IllegalArgumentException("cannot transfer from member '" + from + "' to itself");
        }
    }
}
