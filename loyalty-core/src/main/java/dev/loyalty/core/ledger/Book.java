package dev.loyalty.core.ledger;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable state behind a {@link Ledger}: entries, lots, debt and what was reversed. It applies
 * entries strictly by their recorded effects and refuses any entry that does not fit, so the same
 * entries always rebuild the same state and a corrupt history is found, not silently absorbed.
 */
final class Book {

    /** The spend order: soonest expiry first, then earliest earned, then the lot created first. */
    static final Comparator<Lot> SPEND_ORDER = Comparator.comparing(Lot::expiresAt)
            .thenComparing(Lot::earnedAt)
            .thenComparingLong(Lot::id);

    final LedgerPolicy policy;
    final MemberId member;
    final List<Entry> entries;
    final TreeMap<Long, Lot> lots;
    final Map<String, Long> debt;
    /** Per reversible entry (by sequence): how much of it has been reversed. */
    final Map<Long, Long> reversed;
    /** Per lot: how much of it has expired. */
    final Map<Long, Long> expired;

    Book(LedgerPolicy policy, MemberId member) {
        this(policy, member, new ArrayList<>(), new TreeMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private Book(
            LedgerPolicy policy,
            MemberId member,
            List<Entry> entries,
            TreeMap<Long, Lot> lots,
            Map<String, Long> debt,
            Map<Long, Long> reversed,
            Map<Long, Long> expired) {
        this.policy = policy;
        this.member = member;
        this.entries = entries;
        this.lots = lots;
        this.debt = debt;
        this.reversed = reversed;
        this.expired = expired;
    }

    /** The book that {@code entries} leave, with {@code lots} as the lots they leave (see {@link Ledger#restore}). */
    static Book restore(LedgerPolicy policy, MemberId member, List<Entry> entries, List<Lot> lots) {
        Book book = new Book(policy, member, new ArrayList<>(entries), new TreeMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>());
        long lotsMade = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            book.checkPlace(entry, i + 1L);
            lotsMade += entry.lots().size();
            if (entry.debtChange() != 0) {
                book.debt.merge(entry.pointType(), entry.debtChange(), Math::addExact);
            }
            switch (entry.kind()) {
                case CANCELLED, REVERSED -> book.recordReversal(entry);
                case EXPIRED -> book.expired.merge(subjectLot(entry), -entry.amount(), Math::addExact);
                default -> { }
            }
        }
        for (Lot lot : lots) {
            policy.pointType(lot.pointType());
            if (lot.id() < 1 || lot.id() > lotsMade || book.lots.put(lot.id(), lot) != null) {
                throw new IllegalArgumentException("lot " + lot.id() + " of member '" + member + "' was not made by one of its "
                        + entries.size() + " entries, or is listed twice");
            }
        }
        if (book.lots.size() != lotsMade) {
            throw new IllegalArgumentException("member '" + member + "' has " + book.lots.size() + " lots, but its "
                    + entries.size() + " entries made " + lotsMade);
        }
        return book;
    }

    Book copy() {
        return new Book(policy, member, new ArrayList<>(entries), new TreeMap<>(lots), new HashMap<>(debt),
                new HashMap<>(reversed), new HashMap<>(expired));
    }

    long nextSequence() {
        return entries.size() + 1L;
    }

    long nextLotId() {
        return lots.isEmpty() ? 1 : lots.lastKey() + 1;
    }

    long debt(String pointType) {
        return debt.getOrDefault(pointType, 0L);
    }

    /** The lots of {@code pointType} spendable at {@code at}, in spend order. */
    List<Lot> spendable(String pointType, Instant at) {
        return lots.values().stream()
                .filter(lot -> lot.pointType().equals(pointType) && lot.isSpendableAt(at))
                .sorted(SPEND_ORDER)
                .toList();
    }

    Lot lot(long id) {
        Lot lot = lots.get(id);
        if (lot == null) {
            throw new IllegalArgumentException("member '" + member + "' has no lot " + id);
        }
        return lot;
    }

    /** Applies one entry by its recorded effects; throws IllegalArgumentException if it does not fit. */
    void apply(Entry entry) {
        checkPlace(entry, nextSequence());
        policy.pointType(entry.pointType());
        for (Lot created : entry.lots()) {
            createLot(entry, created);
        }
        for (Allocation allocation : entry.allocations()) {
            allocate(entry, allocation);
        }
        long newDebt = Math.addExact(debt(entry.pointType()), entry.debtChange());
        if (newDebt < 0) {
            throw new IllegalArgumentException(where(entry) + " repays " + -entry.debtChange() + " of a debt of " + debt(entry.pointType()));
        }
        debt.put(entry.pointType(), newDebt);
        applyKind(entry);
        entries.add(entry);
    }

    private void createLot(Entry entry, Lot created) {
        if (created.id() != nextLotId() || created.remaining() != created.amount()
                || !created.pointType().equals(entry.pointType())) {
            throw new IllegalArgumentException(where(entry) + " creates lot " + created
                    + "; expected a full lot of '" + entry.pointType() + "' with id " + nextLotId());
        }
        lots.put(created.id(), created);
    }

    private void allocate(Entry entry, Allocation allocation) {
        Lot lot = lot(allocation.lot());
        long remaining = Math.addExact(lot.remaining(), allocation.amount());
        if (!lot.pointType().equals(entry.pointType()) || remaining < 0 || remaining > lot.amount()) {
            throw new IllegalArgumentException(where(entry) + " changes lot " + lot.id() + " (" + lot.remaining() + " of "
                    + lot.amount() + " '" + lot.pointType() + "' left) by " + allocation.amount());
        }
        lots.put(lot.id(), lot.withRemaining(remaining));
    }

    private void applyKind(Entry entry) {
        switch (entry.kind()) {
            case ACTIVATED -> activate(entry);
            case CANCELLED -> {
                Lot lot = lot(subjectLot(entry));
                if (lot.remaining() == 0) {
                    lots.put(lot.id(), lot.withState(Lot.State.CANCELLED));
                }
                recordReversal(entry);
            }
            case EXPIRED -> expired.merge(subjectLot(entry), -entry.amount(), Math::addExact);
            case REVERSED -> recordReversal(entry);
            default -> { }
        }
    }

    private void activate(Entry entry) {
        Lot lot = lot(subjectLot(entry));
        long moved = 0;
        for (Allocation allocation : entry.allocations()) {
            moved = Math.addExact(moved, allocation.amount());
        }
        if (lot.state() != Lot.State.PENDING || !entry.lots().isEmpty() || moved != entry.debtChange()) {
            throw new IllegalArgumentException(where(entry) + " does not fit lot " + lot.id() + " in state " + lot.state());
        }
        lots.put(lot.id(), lot.withState(Lot.State.ACTIVE));
    }

    private void recordReversal(Entry entry) {
        EntryRef target = entry.reference()
                .orElseThrow(() -> new IllegalArgumentException(where(entry) + " does not say which entry it reverses"));
        if (!target.member().equals(member) || target.sequence() >= entry.sequence()) {
            throw new IllegalArgumentException(where(entry) + " reverses " + target + ", which is not an earlier entry of this ledger");
        }
        reversed.merge(target.sequence(), Math.abs(entry.amount()), Math::addExact);
    }

    private static long subjectLot(Entry entry) {
        return entry.lot().orElseThrow(() -> new IllegalArgumentException(where(entry) + " does not say which lot it is about"));
    }

    /** Checks that {@code entry} is of this book's member and is entry number {@code sequence}. */
    private void checkPlace(Entry entry, long sequence) {
        if (!entry.member().equals(member)) {
            throw new IllegalArgumentException(where(entry) + " belongs to member '" + entry.member() + "', not '" + member + "'");
        }
        if (entry.sequence() != sequence) {
            throw new IllegalArgumentException(where(entry) + " is out of sequence: the next entry must be #" + sequence);
        }
    }

    /** How messages name {@code entry}: made only when one is thrown, for replay applies every entry. */
    private static String where(Entry entry) {
        return "entry " + entry.ref() + " (" + entry.kind() + ")";
    }
}
