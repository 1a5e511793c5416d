package dev.loyalty.rules.reward;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One thing taken off an order at the till.
 *
 * @param kind what took it off
 * @param source the code, or the wallet's point type
 * @param amount how much money it took off, in the currency's scale; 0 for a code that gives no money off
 */
public record Deduction(Kind kind, String source, BigDecimal amount) {

    /** What takes money off an order. */
    public enum Kind {
        /** A discount code: a percentage of what was left to pay. */
        DISCOUNT,
        /** A coupon code: a fixed value, all of it or (if the program allows) part. */
        COUPON,
        /** A code for a product or service: no money off, the code is used up. */
        CODE,
        /** Money from the member's wallet. */
        WALLET
    }

    /** Validates the fields. */
    public Deduction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("deduction of " + source + " must be >= 0, but was " + amount.toPlainString());
        }
    }
}
