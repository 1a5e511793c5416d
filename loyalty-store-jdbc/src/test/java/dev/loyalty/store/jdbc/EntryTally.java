package dev.loyalty.store.jdbc;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many entries of each kind, and their amounts summed. Not thread-safe; merge per-thread tallies. */
final class EntryTally {

    private final Map<EntryKind, long[]> byKind = new EnumMap<>(EntryKind.class);

    /** Counts {@code entries}. */
    EntryTally add(Collection<Entry> entries) {
        for (Entry entry : entries) {
            long[] kind = byKind.computeIfAbsent(entry.kind(), k -> new long[2]);
            kind[0]++;
            kind[1] = Math.addExact(kind[1], entry.amount());
        }
        return this;
    }

    /** Adds {@code other}'s counts to this. */
    EntryTally merge(EntryTally other) {
        other.byKind.forEach((kind, counts) -> {
            long[] mine = byKind.computeIfAbsent(kind, k -> new long[2]);
            mine[0] += counts[0];
            mine[1] = Math.addExact(mine[1], counts[1]);
        });
        return this;
    }

    long count(EntryKind kind) {
        return byKind.getOrDefault(kind, new long[2])[0];
    }

    long sum(EntryKind kind) {
        return byKind.getOrDefault(kind, new long[2])[1];
    }

    /** The amounts of every entry, summed: the change of all balances together. */
    long total() {
        return byKind.values().stream().mapToLong(counts -> counts[1]).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryTally tally && tally.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byKind.forEach((kind, counts) -> text.append(kind).append(": ").append(counts[0]).append(" entries, ")
                .append(counts[1]).append(" points; "));
        return text.toString();
    }
}
