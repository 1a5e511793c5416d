package dev.loyalty.cli.internal;

import dev.loyalty.core.ledger.Entry;

/**
 * What happened to one point type over a simulation, summed over all members' ledgers. Every entry
 * counts in exactly one total, so {@code issued - redeemed - expired - reversed == outstanding} holds
 * whenever the ledgers are consistent with their balances ({@link #balanced()}).
 *
 * @param issued earned, received by transfer and adjusted by operators
 * @param redeemed spent on rewards or redemptions, and given away by transfer
 * @param expired expired unspent
 * @param reversed taken back by refunds (reversed and cancelled earns), less redemptions given back
 * @param outstanding the members' balances at the end: available (less debt) plus pending
 */
public record Totals(long issued, long redeemed, long expired, long reversed, long outstanding) {

    /** Nothing yet. */
    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    /** These totals with {@code entry} counted. */
    Totals with(Entry entry) {
        long amount = entry.amount();
        return switch (entry.kind()) {
            case EARNED, TRANSFERRED_IN, ADJUSTED -> new Totals(Math.addExact(issued, amount), redeemed, expired, reversed, outstanding);
            case REDEEMED, TRANSFERRED_OUT -> new Totals(issued, Math.subtractExact(redeemed, amount), expired, reversed, outstanding);
            case EXPIRED -> new Totals(issued, redeemed, Math.subtractExact(expired, amount), reversed, outstanding);
            case REVERSED, CANCELLED -> new Totals(issued, redeemed, expired, Math.subtractExact(reversed, amount), outstanding);
            case ACTIVATED -> this;
        };
    }

    /** These totals with {@code balance} more outstanding. */
    Totals withOutstanding(long balance) {
        return new Totals(issued, redeemed, expired, reversed, Math.addExact(outstanding, balance));
    }

    /** The sum of two totals. */
    Totals plus(Totals other) {
        return new Totals(Math.addExact(issued, other.issued), Math.addExact(redeemed, other.redeemed),
                Math.addExact(expired, other.expired), Math.addExact(reversed, other.reversed),
                Math.addExact(outstanding, other.outstanding));
    }

    /** Whether issued − redeemed − expired − reversed equals outstanding. */
    public boolean balanced() {
        return issued - redeemed - expired - reversed == outstanding;
    }
}
