package dev.loyalty.core.ledger;

import dev.loyalty.core.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** How a {@link Reversal} undoes an earn or a redemption; see {@link Ledger#reverse}. */
final class Reversals {

    private Reversals() {}

    static LedgerResult reverse(Ledger ledger, Book book, Reversal reversal) {
        Entry target = ledger.entry(reversal.entry());
        if (target.kind() == EntryKind.REDEEMED) {
            return redemption(ledger, book, target, reversal);
        }
        if (target.kind() == EntryKind.EARNED) {
            return earn(ledger, book, target, reversal);
        }
        throw new InvalidRequestException("entry " + target.ref() + " is " + target.kind()
                + "; only EARNED and REDEEMED entries can be reversed");
    }

    private static LedgerResult redemption(Ledger ledger, Book book, Entry redemption, Reversal reversal) {
        if (ledger.reversedAmount(redemption.sequence()) > 0) {
            return new Rejection(Rejection.Code.ALREADY_REVERSED, "entry " + redemption.ref() + " was already reversed");
        }
        if (reversal.amount().isPresent() && reversal.amount().getAsLong() != -redemption.amount()) {
            throw new InvalidRequestException("redemption " + redemption.ref() + " can only be reversed whole ("
                    + -redemption.amount() + "), not " + reversal.amount().getAsLong());
        }
        List<Allocation> restored = redemption.allocations().stream()
                .map(allocation -> new Allocation(allocation.lot(), -allocation.amount()))
                .toList();
        Draft draft = new Draft(book, reversal.at(), reversal.reason(), reversal.requestKey());
        draft.restore(redemption, restored);
        return draft.accept();
    }

    private static LedgerResult earn(Ledger ledger, Book book, Entry earn, Reversal reversal) {
        Lot lot = book.lot(earn.lots().get(0).id());
        long open = earn.amount() - ledger.reversedAmount(earn.sequence()) - book.expired.getOrDefault(lot.id(), 0L);
        if (open <= 0) {
            return new Rejection(Rejection.Code.ALREADY_REVERSED,
                    "entry " + earn.ref() + " has nothing left to reverse: it was reversed or expired in full");
        }
        long amount = reversal.amount().orElse(open);
        if (amount > open) {
            throw new InvalidRequestException("cannot reverse " + amount + " of entry " + earn.ref() + ": only " + open
                    + " of its " + earn.amount() + " are left to reverse");
        }
        Draft draft = new Draft(book, reversal.at(), reversal.reason(), reversal.requestKey());
        if (lot.state() == Lot.State.PENDING) {
            List<Allocation> cancelled = List.of(new Allocation(lot.id(), -amount));
            draft.debit(EntryKind.CANCELLED, lot.pointType(), cancelled, 0, OptionalLong.of(lot.id()), Optional.of(earn.ref()));
            return draft.accept();
        }
        List<Allocation> taken = new ArrayList<>();
        long fromLot = Math.min(amount, lot.remaining());
        if (fromLot > 0) {
            taken.add(new Allocation(lot.id(), -fromLot));
        }
        long rest = amount - fromLot;
        long fromOthers = Math.min(rest, Math.max(0, balanceWithout(ledger, lot, reversal.at())));
        taken.addAll(draft.takeExcept(lot.pointType(), fromOthers, lot.id()));
        long shortfall = rest - fromOthers;
        if (shortfall > 0 && book.policy.reversal() == ReversalPolicy.REJECT) {
            return new Rejection(Rejection.Code.INSUFFICIENT_POINTS, "cannot reverse " + amount + " '" + lot.pointType()
                    + "' of entry " + earn.ref() + ": member '" + ledger.member() + "' has only " + (amount - shortfall)
                    + " left and the program does not allow debt");
        }
        draft.debit(EntryKind.REVERSED, lot.pointType(), taken, shortfall, OptionalLong.empty(), Optional.of(earn.ref()));
        return draft.accept();
    }

    /** Available points of the lot's type at {@code at}, not counting the lot itself. */
    private static long balanceWithout(Ledger ledger, Lot lot, Instant at) {
        long available = ledger.balance(lot.pointType(), at).available();
        return lot.isSpendableAt(at) ? available - lot.remaining() : available;
    }
}
