package dev.loyalty.spi.tck.model;

import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.ReversalPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reversal of an earn, by the rules: it takes back the earn's amount less what was already reversed
 * and what expired of its lot; a pending earn is cancelled; otherwise what is left of its own lot goes
 * first, then other spendable points (available, after debt), and the rest becomes debt or the reversal
 * is refused.
 */
final class ModelEarnReversal {

    private ModelEarnReversal() {}

    static Outcome reverse(ModelAccount account, EntryView earn, Reversal reversal, ReversalPolicy policy) {
        long open = account.open(earn);
        if (open <= 0) {
            return new Outcome.Refused(Rejection.Code.ALREADY_REVERSED);
        }
        long amount = reversal.amount().orElse(open);
        if (amount > open) {
            return new Outcome.Failed(Outcome.INVALID);
        }
        ModelLot lot = account.lot(earn.createdLots().get(0));
        if (lot.state == Lot.State.PENDING) {
            return cancel(account, earn, reversal, lot, amount);
        }
        long fromLot = Math.min(amount, lot.remaining);
        long rest = amount - fromLot;
        long othersAvailable = account.available(lot.pointType, reversal.at()) - (lot.isSpendableAt(reversal.at()) ? lot.remaining : 0);
        long fromOthers = Math.min(rest, Math.max(0, othersAvailable));
        long shortfall = rest - fromOthers;
        if (shortfall > 0 && policy == ReversalPolicy.REJECT) {
            return new Outcome.Refused(Rejection.Code.INSUFFICIENT_POINTS);
        }
        SortedMap<Long, Long> taken = new TreeMap<>();
        if (fromLot > 0) {
            lot.remaining -= fromLot;
            taken.put(lot.id, -fromLot);
        }
        account.take(lot.pointType, fromOthers, reversal.at(), lot.id, taken);
        account.addReversed(earn.sequence(), amount);
        return ModelRules.posted(account.record(EntryKind.REVERSED, lot.pointType, -amount, reversal.at(), taken, List.of(),
                shortfall, OptionalLong.empty(), Optional.of(earn.ref())));
    }

    private static Outcome cancel(ModelAccount account, EntryView earn, Reversal reversal, ModelLot lot, long amount) {
        lot.remaining -= amount;
        if (lot.remaining == 0) {
            lot.state = Lot.State.CANCELLED;
        }
        account.addReversed(earn.sequence(), amount);
        return ModelRules.posted(account.record(EntryKind.CANCELLED, lot.pointType, -amount, reversal.at(),
                new TreeMap<>(Map.of(lot.id, -amount)), List.of(), 0, OptionalLong.of(lot.id), Optional.of(earn.ref())));
    }
}
