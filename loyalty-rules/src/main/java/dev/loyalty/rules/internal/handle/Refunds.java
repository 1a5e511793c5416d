package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Refund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Takes back what a refunded purchase earned, by the amounts its entries recorded. A full refund
 * reverses every earn of the purchase (what is left of it: the ledger never reverses more than once). A
 * partial refund reverses the refunded share of what the purchase earned on spend, rounded down; fixed
 * awards stay until the purchase is refunded in full.
 */
final class Refunds {

    private Refunds() {}

    static void apply(Work work, CompiledProgram program, Refund refund) {
        List<Entry> earns = work.ledger().entries().stream()
                .filter(entry -> entry.kind() == EntryKind.EARNED && entry.requestKey().equals(refund.getPurchaseId()))
                .toList();
        for (Entry earn : earns) {
            long left = earn.amount() - work.ledger().reversedAmount(earn.sequence());
            long amount = refund.isPartial() ? share(earn, refund) : left;
            if (amount <= 0 || left <= 0) {
                continue;
            }
            List<String> rules = Arrays.asList(earn.reason().details().getOrDefault(Reasons.RULES, earn.reason().name()).split(", "));
            Reason reason = Reasons.of(Reason.Source.REQUEST, "refund", program, refund, rules).with("reverses", Long.toString(earn.sequence()));
            Reversal reversal = refund.isPartial()
                    ? Reversal.partial(earn.sequence(), Math.min(amount, left), refund.getAt(), reason, refund.getId())
                    : Reversal.of(earn.sequence(), refund.getAt(), reason, refund.getId());
            if (!work.apply(work.ledger().reverse(reversal))) {
                return;
            }
        }
    }

    /** The refunded share of an earn on spend; 0 for a fixed award. */
    private static long share(Entry earn, Refund refund) {
        String total = earn.reason().details().get(Reasons.TOTAL);
        if (total == null) {
            return 0;
        }
        BigDecimal paid = new BigDecimal(total);
        BigDecimal refunded = refund.getAmount().orElseThrow();
        if (refunded.compareTo(paid) > 0) {
            throw new InvalidRequestException("refund '" + refund.getId() + "' of " + refunded.toPlainString()
                    + " is more than purchase '" + refund.getPurchaseId() + "' paid (" + paid.toPlainString() + ")");
        }
        return BigDecimal.valueOf(earn.amount()).multiply(refunded).divide(paid, 0, RoundingMode.DOWN).longValueExact();
    }
}
