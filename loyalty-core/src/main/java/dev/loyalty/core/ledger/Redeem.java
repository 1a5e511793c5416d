package dev.loyalty.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to spend points, taken from lots in spend order.
 *
 * @param pointType the point type's id; must be spendable
 * @param amount how many units, at least 1
 * @param at when
 * @param reason why (usually the reward)
 * @param requestKey the request's idempotency key
 */
public record Redeem(String pointType, long amount, Instant at, Reason reason, String requestKey) {

    /** Validates the fields. */
    public Redeem {
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Checks.requestKey(requestKey);
        Checks.positive("amount", amount);
    }
}
