package dev.loyalty.core.ledger;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.PointType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** How a {@link Transfer} moves points between two ledgers; see {@link Ledger#transfer}. */
final class Transfers {

    private Transfers() {}

    static TransferResult transfer(Ledger from, Ledger to, Transfer transfer) {
        if (!from.member().equals(transfer.from()) || !to.member().equals(transfer.to())) {
            throw new InvalidRequestException("transfer " + transfer.from() + " -> " + transfer.to()
                    + " was given the ledgers of " + from.member() + " and " + to.member());
        }
        PointType type = from.spendable(transfer.pointType(), "transferred");
        long available = from.balance(type.id(), transfer.at()).available();
        if (available < transfer.amount()) {
            return from.insufficient("transfer", transfer.amount(), type.id(), available);
        }
        to.checkFits(type, transfer.amount(), "receiving");
        Draft out = new Draft(from.book(), transfer.at(), transfer.reason(), transfer.requestKey());
        Draft in = new Draft(to.book(), transfer.at(), transfer.reason(), transfer.requestKey());
        List<Allocation> taken = out.take(type.id(), transfer.amount());
        List<Lot> received = new ArrayList<>();
        for (Allocation allocation : taken) {
            Lot source = from.book().lot(allocation.lot());
            received.add(new Lot(to.book().nextLotId() + received.size(), type.id(), -allocation.amount(), -allocation.amount(),
                    source.earnedAt(), transfer.at(), source.expiresAt(), Lot.State.ACTIVE));
        }
        EntryRef outRef = new EntryRef(from.member(), from.book().nextSequence());
        EntryRef inRef = new EntryRef(to.member(), to.book().nextSequence());
        out.debit(EntryKind.TRANSFERRED_OUT, type.id(), taken, 0, OptionalLong.empty(), Optional.of(inRef));
        in.credit(EntryKind.TRANSFERRED_IN, type.id(), received, Optional.of(outRef));
        return new Transferred(out.accept(), in.accept());
    }
}
