package dev.loyalty.spi.tck.model;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The facts of one entry that the rules decide: what the reference model predicts and what is compared
 * with the stored entries. Allocations are summed per lot (their order is checked separately, against
 * the spend order); reasons and request keys are left out.
 *
 * @param member whose ledger
 * @param sequence the entry's number in that ledger
 * @param kind what it records
 * @param pointType the point type's id
 * @param amount the signed amount
 * @param at when it took effect
 * @param allocations lot id to the summed change of that lot's remaining points
 * @param createdLots ids of the lots it created
 * @param debtChange how it changed the debt
 * @param lot the lot it is about (activation, cancellation, expiry)
 * @param reference the entry it reverses, or its transfer counterpart
 */
record EntryView(
        MemberId member,
        long sequence,
        EntryKind kind,
        String pointType,
        long amount,
        Instant at,
        SortedMap<Long, Long> allocations,
        List<Long> createdLots,
        long debtChange,
        OptionalLong lot,
        Optional<EntryRef> reference) {

    EntryView {
        allocations = Collections.unmodifiableSortedMap(withoutZeros(allocations));
        createdLots = List.copyOf(createdLots);
    }

    /** The view of a stored entry. */
    static EntryView of(Entry entry) {
        SortedMap<Long, Long> allocations = new TreeMap<>();
        for (Allocation allocation : entry.allocations()) {
            allocations.merge(allocation.lot(), allocation.amount(), Math::addExact);
        }
        return new EntryView(entry.member(), entry.sequence(), entry.kind(), entry.pointType(), entry.amount(), entry.at(),
                allocations, entry.lots().stream().map(Lot::id).toList(), entry.debtChange(), entry.lot(), entry.reference());
    }

    /** The views of stored entries, in order. */
    static List<EntryView> of(List<Entry> entries) {
        return entries.stream().map(EntryView::of).toList();
    }

    /** This entry's place. */
    EntryRef ref() {
        return new EntryRef(member, sequence);
    }

    private static SortedMap<Long, Long> withoutZeros(Map<Long, Long> allocations) {
        SortedMap<Long, Long> copy = new TreeMap<>(allocations);
        copy.values().removeIf(amount -> amount == 0);
        return copy;
    }
}
