package dev.loyalty.spi.tck.model;

import dev.loyalty.core.ledger.Adjustment;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.ledger.Transfer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ledger rules, written once more in the plainest way, over {@link ModelAccount}s. Each request
 * decides first and changes the account only when it is accepted.
 */
final class ModelRules {

    private static final Outcome INSUFFICIENT = new Outcome.Refused(Rejection.Code.INSUFFICIENT_POINTS);
    private static final Outcome ALREADY_REVERSED = new Outcome.Refused(Rejection.Code.ALREADY_REVERSED);
    private static final Outcome INVALID = new Outcome.Failed(Outcome.INVALID);

    private ModelRules() {}

    /** One new lot, pending or active; an active one repays debt first. */
    static Outcome earn(ModelAccount account, Earn earn) {
        Lot.State state = earn.isPending() ? Lot.State.PENDING : Lot.State.ACTIVE;
        return credit(account, EntryKind.EARNED, earn.pointType(), earn.amount(), earn.at(), earn.activatesAt(),
                earn.expiresAt(), state);
    }

    /** Takes points in spend order, if there are enough available. */
    static Outcome redeem(ModelAccount account, Redeem redeem) {
        return debit(account, EntryKind.REDEEMED, redeem.pointType(), redeem.amount(), redeem.at());
    }

    /** A positive adjustment credits an active lot; a negative one takes points like a redemption. */
    static Outcome adjust(ModelAccount account, Adjustment adjustment) {
        if (adjustment.amount() > 0) {
            return credit(account, EntryKind.ADJUSTED, adjustment.pointType(), adjustment.amount(), adjustment.at(),
                    adjustment.at(), adjustment.expiresAt(), Lot.State.ACTIVE);
        }
        return debit(account, EntryKind.ADJUSTED, adjustment.pointType(), -adjustment.amount(), adjustment.at());
    }

    /** The giver's spendable points move to new lots of the receiver that keep their earn and expiry dates. */
    static Outcome transfer(ModelAccount from, ModelAccount to, Transfer transfer) {
        String type = transfer.pointType();
        if (from.available(type, transfer.at()) < transfer.amount()) {
            return INSUFFICIENT;
        }
        SortedMap<Long, Long> taken = new TreeMap<>();
        List<ModelLot> sources = from.spendable(type, transfer.at(), 0);
        from.take(type, transfer.amount(), transfer.at(), 0, taken);
        List<ModelLot> received = new ArrayList<>();
        for (ModelLot source : sources) {
            long part = -taken.getOrDefault(source.id, 0L);
            if (part > 0) {
                received.add(to.newLot(type, part, source.earnedAt, transfer.at(), source.expiresAt, Lot.State.ACTIVE));
            }
        }
        EntryRef out = new EntryRef(from.id, from.nextSequence());
        EntryRef in = new EntryRef(to.id, to.nextSequence());
        SortedMap<Long, Long> repaid = new TreeMap<>();
        long repay = to.repayFrom(type, received, repaid);
        return posted(
                from.record(EntryKind.TRANSFERRED_OUT, type, -transfer.amount(), transfer.at(), taken, List.of(), 0,
                        OptionalLong.empty(), Optional.of(in)),
                to.record(EntryKind.TRANSFERRED_IN, type, transfer.amount(), transfer.at(), repaid, received, -repay,
                        OptionalLong.empty(), Optional.of(out)));
    }

    /** Undoes an earn (by its recorded amount) or a redemption (exactly, whole, once). */
    static Outcome reverse(ModelAccount account, Reversal reversal, ReversalPolicy policy) {
        if (reversal.entry() > account.entries.size()) {
            return INVALID;
        }
        EntryView target = account.entries.get((int) (reversal.entry() - 1));
        if (target.kind() == EntryKind.REDEEMED) {
            return reverseRedemption(account, target, reversal);
        }
        if (target.kind() == EntryKind.EARNED) {
            return ModelEarnReversal.reverse(account, target, reversal, policy);
        }
        return INVALID;
    }

    /** Expires what is left of every lot whose expiry has come by {@code at}, one entry per lot, dated at its expiry. */
    static List<EntryView> expire(ModelAccount account, Instant at) {
        List<EntryView> made = new ArrayList<>();
        for (ModelLot lot : account.lots) {
            if (lot.remaining > 0 && lot.isExpiredAt(at)) {
                long left = lot.remaining;
                lot.remaining = 0;
                account.addExpired(lot.id, left);
                made.add(account.record(EntryKind.EXPIRED, lot.pointType, -left, lot.expiresAt, new TreeMap<>(Map.of(lot.id, -left)),
                        List.of(), 0, OptionalLong.of(lot.id), Optional.empty()));
            }
        }
        return made;
    }

    /** Activates every pending lot due by {@code at} that has not expired; the activated points repay debt first. */
    static List<EntryView> activate(ModelAccount account, Instant at) {
        List<EntryView> made = new ArrayList<>();
        for (ModelLot lot : account.lots) {
            if (lot.state == Lot.State.PENDING && lot.remaining > 0 && !lot.activatesAt.isAfter(at) && !lot.isExpiredAt(at)) {
                long moved = lot.remaining;
                lot.state = Lot.State.ACTIVE;
                SortedMap<Long, Long> repaid = new TreeMap<>();
                long repay = account.repayFrom(lot.pointType, List.of(lot), repaid);
                made.add(account.record(EntryKind.ACTIVATED, lot.pointType, moved, at, repaid, List.of(), -repay,
                        OptionalLong.of(lot.id), Optional.empty()));
            }
        }
        return made;
    }

    private static Outcome credit(ModelAccount account, EntryKind kind, String type, long amount, Instant at,
            Instant activatesAt, Instant expiresAt, Lot.State state) {
        ModelLot lot = account.newLot(type, amount, at, activatesAt, expiresAt, state);
        SortedMap<Long, Long> repaid = new TreeMap<>();
        long repay = account.repayFrom(type, List.of(lot), repaid);
        return posted(account.record(kind, type, amount, at, repaid, List.of(lot), -repay, OptionalLong.empty(), Optional.empty()));
    }

    private static Outcome debit(ModelAccount account, EntryKind kind, String type, long amount, Instant at) {
        if (account.available(type, at) < amount) {
            return INSUFFICIENT;
        }
        SortedMap<Long, Long> taken = new TreeMap<>();
        account.take(type, amount, at, 0, taken);
        return posted(account.record(kind, type, -amount, at, taken, List.of(), 0, OptionalLong.empty(), Optional.empty()));
    }

    private static Outcome reverseRedemption(ModelAccount account, EntryView redemption, Reversal reversal) {
        if (account.reversed(redemption.sequence()) > 0) {
            return ALREADY_REVERSED;
        }
        long amount = -redemption.amount();
        if (reversal.amount().isPresent() && reversal.amount().getAsLong() != amount) {
            return INVALID;
        }
        SortedMap<Long, Long> restored = new TreeMap<>();
        redemption.allocations().forEach((lot, taken) -> {
            account.lot(lot).remaining -= taken;
            restored.put(lot, -taken);
        });
        account.addReversed(redemption.sequence(), amount);
        return posted(account.record(EntryKind.REVERSED, redemption.pointType(), amount, reversal.at(), restored, List.of(), 0,
                OptionalLong.empty(), Optional.of(redemption.ref())));
    }

    static Outcome posted(EntryView... entries) {
        return new Outcome.Posted(List.of(entries), false);
    }
}
