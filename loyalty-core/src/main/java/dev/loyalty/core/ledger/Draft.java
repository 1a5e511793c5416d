package dev.loyalty.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Entries being made for one request, applied one by one to a private copy of the ledger's state so that
 * each entry sees the effects of the ones before it.
 */
final class Draft {

    private final Book work;
    private final Instant at;
    private final Reason reason;
    private final String requestKey;
    private final List<Entry> entries = new ArrayList<>();

    Draft(Book base, Instant at, Reason reason, String requestKey) {
        this.work = base.copy();
        this.at = at;
        this.reason = reason;
        this.requestKey = requestKey;
    }

    /** Takes {@code amount} from spendable lots of {@code pointType} in spend order. */
    List<Allocation> take(String pointType, long amount) {
        return takeExcept(pointType, amount, 0);
    }

    /** Takes {@code amount} from spendable lots of {@code pointType} other than {@code excludedLot}. */
    List<Allocation> takeExcept(String pointType, long amount, long excludedLot) {
        List<Allocation> taken = new ArrayList<>();
        long left = amount;
        for (Lot lot : work.spendable(pointType, at)) {
            if (left == 0) {
                break;
            }
            if (lot.id() != excludedLot) {
                long part = Math.min(left, lot.remaining());
                taken.add(new Allocation(lot.id(), -part));
                left -= part;
            }
        }
        if (left > 0) {
            throw new IllegalStateException("lots of '" + pointType + "' hold " + (amount - left) + ", not " + amount);
        }
        return taken;
    }

    /** A credit that creates {@code lots}; those that are active repay the type's debt first. */
    void credit(EntryKind kind, String pointType, List<Lot> lots, Optional<EntryRef> reference) {
        long debt = work.debt(pointType);
        List<Allocation> repaid = new ArrayList<>();
        if (debt > 0) {
            for (Lot lot : lots.stream().filter(lot -> lot.state() == Lot.State.ACTIVE).sorted(Book.SPEND_ORDER).toList()) {
                long part = Math.min(debt, lot.amount());
                if (part > 0) {
                    repaid.add(new Allocation(lot.id(), -part));
                    debt -= part;
                }
            }
        }
        long amount = 0;
        for (Lot lot : lots) {
            amount = Math.addExact(amount, lot.amount());
        }
        long debtChange = debt - work.debt(pointType);
        add(new Entry(work.member, work.nextSequence(), kind, pointType, amount, at, reason, requestKey, lots, repaid,
                debtChange, OptionalLong.empty(), reference));
    }

    /** A debit of what {@code taken} takes plus {@code debtRecorded} of new debt. */
    void debit(EntryKind kind, String pointType, List<Allocation> taken, long debtRecorded, OptionalLong lot,
            Optional<EntryRef> reference) {
        long amount = Math.negateExact(debtRecorded);
        for (Allocation allocation : taken) {
            amount = Math.addExact(amount, allocation.amount());
        }
        add(new Entry(work.member, work.nextSequence(), kind, pointType, amount, at, reason, requestKey, List.of(), taken,
                debtRecorded, lot, reference));
    }

    /** The reversal of {@code redemption}: gives {@code restored} back to the lots. */
    void restore(Entry redemption, List<Allocation> restored) {
        add(new Entry(work.member, work.nextSequence(), EntryKind.REVERSED, redemption.pointType(), -redemption.amount(), at,
                reason, requestKey, List.of(), restored, 0, OptionalLong.empty(), Optional.of(redemption.ref())));
    }

    /** The expiry of what is left of {@code lot}, dated at its expiry instant. */
    void expireLot(Lot lot) {
        Lot current = work.lot(lot.id());
        add(new Entry(work.member, work.nextSequence(), EntryKind.EXPIRED, current.pointType(), -current.remaining(),
                current.expiresAt(), reason, requestKey, List.of(), List.of(new Allocation(current.id(), -current.remaining())),
                0, OptionalLong.of(current.id()), Optional.empty()));
    }

    /** The activation of pending {@code lot}, repaying debt from it first. */
    void activateLot(Lot lot) {
        Lot current = work.lot(lot.id());
        long repaid = Math.min(work.debt(current.pointType()), current.remaining());
        List<Allocation> allocations = repaid > 0 ? List.of(new Allocation(current.id(), -repaid)) : List.of();
        add(new Entry(work.member, work.nextSequence(), EntryKind.ACTIVATED, current.pointType(), current.remaining(), at,
                reason, requestKey, List.of(), allocations, -repaid, OptionalLong.of(current.id()), Optional.empty()));
    }

    /** The entries made, and the ledger with them applied. The draft must not be used afterwards. */
    Accepted accept() {
        return new Accepted(entries, Ledger.wrap(work));
    }

    private void add(Entry entry) {
        work.apply(entry);
        entries.add(entry);
    }
}
