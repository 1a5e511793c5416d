package dev.loyalty.core.ledger;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One line of a member's ledger. Entries are never changed or removed; a correction is a new entry.
 *
 * <p>An entry records its effect exactly, so that replaying entries never re-runs any rule: the lots it
 * created, what it took from or gave back to each lot, and how it changed the member's debt. For every
 * kind but {@link EntryKind#ACTIVATED} these add up to the amount:
 * {@code amount == sum(lots.amount) + sum(allocations.amount) - debtChange}.
 *
 * @param member whose ledger this is
 * @param sequence 1 for the member's first entry, then 2, 3, ... without gaps
 * @param kind what the entry records
 * @param pointType the point type's id
 * @param amount the change to the member's balance (available plus pending, less debt) in units of the
 *     point type; for {@code ACTIVATED} the amount that moved from pending to available
 * @param at when it took effect
 * @param reason why it was made
 * @param requestKey the idempotency key of the request that made it
 * @param lots the lots it created, as they were created
 * @param allocations what it took from or gave back to existing lots (and to the lots it created, when
 *     a credit repaid debt)
 * @param debtChange how it changed the member's debt: positive when debt was recorded, negative when repaid
 * @param lot the lot it is about, for {@code ACTIVATED}, {@code CANCELLED} and {@code EXPIRED}
 * @param reference the entry it reverses ({@code REVERSED}, {@code CANCELLED}) or its counterpart in the
 *     other member's ledger ({@code TRANSFERRED_IN}, {@code TRANSFERRED_OUT})
 */
public record Entry(
        MemberId member,
        long sequence,
        EntryKind kind,
        String pointType,
        long amount,
        Instant at,
        Reason reason,
        String requestKey,
        List<Lot> lots,
        List<Allocation> allocations,
        long debtChange,
        OptionalLong lot,
        Optional<EntryRef> reference) {

    /** Validates the fields and that the effects add up to the amount. */
    public Entry {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(reference, "reference");
        lots = List.copyOf(lots);
        allocations = List.copyOf(allocations);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, but was " + sequence);
        }
        if (kind != EntryKind.ACTIVATED && amount != effect(lots, allocations, debtChange)) {
            throw new IllegalArgumentException("entry " + member + "#" + sequence + " (" + kind + ") has amount " + amount
                    + " but its lots, allocations and debt change add up to " + effect(lots, allocations, debtChange));
        }
    }

    private static long effect(List<Lot> lots, List<Allocation> allocations, long debtChange) {
        long sum = Math.negateExact(debtChange);
        for (Lot created : lots) {
            sum = Math.addExact(sum, created.amount());
        }
        for (Allocation allocation : allocations) {
            sum = Math.addExact(sum, allocation.amount());
        }
        return sum;
    }

    /** The ids of the lots this entry creates or changes: its new lots, its allocations and the lot it names. */
    public SortedSet<Long> touchedLots() {
        SortedSet<Long> ids = new TreeSet<>();
        lots.forEach(lot -> ids.add(lot.id()));
        allocations.forEach(allocation -> ids.add(allocation.lot()));
        lot.ifPresent(ids::add);
        return ids;
    }

    /** This entry's place: member and sequence. */
    public EntryRef ref() {
        return new EntryRef(member, sequence);
    }
}
