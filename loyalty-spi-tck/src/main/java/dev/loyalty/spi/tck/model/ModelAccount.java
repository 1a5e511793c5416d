package dev.loyalty.spi.tck.model;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One member's points in the reference model: a plain list of lots (lot id {@code n} at index
 * {@code n - 1}), a debt per point type, the entries made so far, how much of each entry was reversed
 * and how much of each lot expired. The rules themselves are in {@link ModelRules}.
 */
final class ModelAccount {

    final MemberId id;
    final List<ModelLot> lots = new ArrayList<>();
    final List<EntryView> entries = new ArrayList<>();
    private final Map<String, Long> debt = new HashMap<>();
    private final Map<Long, Long> reversed = new HashMap<>();
    private final Map<Long, Long> expired = new HashMap<>();

    ModelAccount(MemberId id) {
        this.id = id;
    }

    long debt(String pointType) {
        return debt.getOrDefault(pointType, 0L);
    }

    /** Points spendable at {@code at}, less debt. */
    long available(String pointType, Instant at) {
        long sum = 0;
        for (ModelLot lot : lots) {
            if (lot.pointType.equals(pointType) && lot.isSpendableAt(at)) {
                sum += lot.remaining;
            }
        }
        return sum - debt(pointType);
    }

    /** Unexpired points not yet spendable at {@code at}: pending, or activated only later. */
    long pending(String pointType, Instant at) {
        long sum = 0;
        for (ModelLot lot : lots) {
            if (lot.pointType.equals(pointType) && lot.isPendingAt(at)) {
                sum += lot.remaining;
            }
        }
        return sum;
    }

    Balance balance(String pointType, Instant at) {
        return new Balance(available(pointType, at), pending(pointType, at), debt(pointType));
    }

    /** The spendable lots of {@code pointType} at {@code at} in spend order, without lot {@code excluded}. */
    List<ModelLot> spendable(String pointType, Instant at, long excluded) {
        return lots.stream()
                .filter(lot -> lot.pointType.equals(pointType) && lot.isSpendableAt(at) && lot.id != excluded)
                .sorted(ModelLot.SPEND_ORDER)
                .toList();
    }

    ModelLot lot(long id) {
        return lots.get((int) (id - 1));
    }

    long reversed(long sequence) {
        return reversed.getOrDefault(sequence, 0L);
    }

    long expired(long lotId) {
        return expired.getOrDefault(lotId, 0L);
    }

    /** What of earn entry {@code earn} is left to reverse: its amount less what was reversed or expired of its lot. */
    long open(EntryView earn) {
        return earn.amount() - reversed(earn.sequence()) - expired(earn.createdLots().get(0));
    }

    long nextSequence() {
        return entries.size() + 1L;
    }

    /** Takes {@code amount} from spendable lots in spend order (skipping {@code excluded}), into {@code taken}. */
    void take(String pointType, long amount, Instant at, long excluded, SortedMap<Long, Long> taken) {
        long left = amount;
        for (ModelLot lot : spendable(pointType, at, excluded)) {
            long part = Math.min(left, lot.remaining);
            if (part > 0) {
                lot.remaining -= part;
                taken.merge(lot.id, -part, Long::sum);
                left -= part;
            }
        }
        if (left != 0) {
            throw new IllegalStateException("model bug: lots of " + id + " hold " + (amount - left) + " " + pointType + ", not " + amount);
        }
    }

    /** Adds a full new lot. */
    ModelLot newLot(String pointType, long amount, Instant earnedAt, Instant activatesAt, Instant expiresAt, Lot.State state) {
        ModelLot lot = new ModelLot(lots.size() + 1L, pointType, amount, earnedAt, activatesAt, expiresAt, state);
        lots.add(lot);
        return lot;
    }

    /** Repays debt from the active lots in {@code created}, soonest expiry first; returns what was repaid. */
    long repayFrom(String pointType, List<ModelLot> created, SortedMap<Long, Long> allocations) {
        long repaid = 0;
        for (ModelLot lot : created.stream().sorted(ModelLot.SPEND_ORDER).toList()) {
            long part = Math.min(debt(pointType) - repaid, lot.state == Lot.State.ACTIVE ? lot.remaining : 0);
            if (part > 0) {
                lot.remaining -= part;
                allocations.merge(lot.id, -part, Long::sum);
                repaid += part;
            }
        }
        return repaid;
    }

    /** Records an entry with the next sequence number and changes the debt by {@code debtChange}. */
    EntryView record(EntryKind kind, String pointType, long amount, Instant at, SortedMap<Long, Long> allocations,
            List<ModelLot> created, long debtChange, OptionalLong lot, Optional<EntryRef> reference) {
        EntryView entry = new EntryView(id, nextSequence(), kind, pointType, amount, at, new TreeMap<>(allocations),
                created.stream().map(l -> l.id).toList(), debtChange, lot, reference);
        entries.add(entry);
        debt.put(pointType, debt(pointType) + debtChange);
        return entry;
    }

    void addReversed(long sequence, long amount) {
        reversed.merge(sequence, amount, Long::sum);
    }

    void addExpired(long lotId, long amount) {
        expired.merge(lotId, amount, Long::sum);
    }
}
