package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything the store keeps about one member. Changed only while the record's monitor is held
 * ({@code synchronized (record)}; members are always locked in id order, see {@link Locks}); the profile,
 * version, last activity, tier and lots are also readable without it, for the due-work queries.
 *
 * <p>The store keeps a million of these for a million members, so a record holds no lock object and
 * no empty collections of its own, and keeps its entries and lots encoded ({@link LedgerCodec}), each in
 * one byte array that a change replaces whole; reading the member decodes them.
 */
final class MemberRecord {

    private final MemberId id;
    private volatile @Nullable Member profile;
    private volatile long version;
    private volatile @Nullable Instant lastActivityAt;
    private volatile byte[] ledger = LedgerCodec.EMPTY;
    private int entryCount;
    private volatile byte[] lots = LedgerCodec.EMPTY;
    private Map<String, Long> counters = Map.of();
    private @Nullable Map<String, Delivery> outbox;
    private volatile @Nullable TierStatus tier;
    private List<TierChange> tierHistory = List.of();

    MemberRecord(MemberId id) {
        this.id = id;
    }

    MemberId id() {
        return id;
    }

    /** 0 until enrolled, then one more per applied change. */
    long version() {
        return version;
    }

    /** The profile, empty until enrolled. */
    Optional<Member> profile() {
        return Optional.ofNullable(profile);
    }

    /** When the member was last active, or else enrolled; empty until enrolled. */
    Optional<Instant> lastSeenAt() {
        return Optional.ofNullable(lastActivityAt).or(() -> profile().map(Member::enrolledAt));
    }

    /** The tier status, empty until one is recorded. */
    Optional<TierStatus> tier() {
        return Optional.ofNullable(tier);
    }

    /** The lot {@code id} as the last change left it, if there is one; readable without the lock. */
    Optional<Lot> lot(long id, LedgerCodec codec) {
        return LotTable.lot(lots, id, codec);
    }

    /**
     * The entries {@code first} to {@code first + count - 1} (sequence numbers), which a change applied
     * before; readable without the lock.
     */
    Entry[] entries(long first, int count, LedgerCodec codec) {
        return codec.entries(ledger, id, first, count);
    }

    /** The sequence number the next entry will have. Call with the lock held. */
    long nextSequence() {
        return entryCount + 1L;
    }

    /** An immutable snapshot, empty until enrolled. Call with the lock held. */
    Optional<MemberState> snapshot(LedgerCodec codec) {
        return profile().map(member -> new MemberState(member, version, Arrays.asList(entries(1, entryCount, codec)),
                LotTable.lots(lots, codec), counters, Optional.ofNullable(lastActivityAt), tier(), tierHistory));
    }

    /**
     * Checks that {@code change} can be applied and works out the counters after it, without changing
     * anything. Call with the lock held, after the version check.
     *
     * @throws IllegalArgumentException if its entries do not continue the ledger or a counter overflows
     */
    Staged stage(MemberChange change) {
        long next = nextSequence();
        for (Entry entry : change.entries()) {
            if (entry.sequence() != next) {
                throw new IllegalArgumentException("entry " + entry.ref() + " (" + entry.kind()
                        + ") does not continue the ledger of member '" + id + "': expected sequence " + next
                        + " (the member has " + entryCount + " entries), but was " + entry.sequence());
            }
            next++;
        }
        return new Staged(change, countersAfter(change.counterDeltas()));
    }

    /** Applies a staged change and keeps the indexes in step. Call with the lock held; never fails. */
    void commit(Staged staged, Tables tables) {
        MemberChange change = staged.change();
        change.profile().ifPresent(member -> profile = member);
        ledger = tables.codec().append(ledger, change.entries());
        entryCount += change.entries().size();
        lots = LotTable.merge(lots, change.lots(), tables.codec(), (old, lot) -> {
            tables.expiring().replace(this, old, lot);
            tables.activating().replace(this, old, lot);
        });
        counters = staged.counters();
        change.tier().ifPresent(status -> tier = status);
        if (!change.tierChanges().isEmpty()) {
            List<TierChange> history = new ArrayList<>(tierHistory);
            history.addAll(change.tierChanges());
            tierHistory = List.copyOf(history);
        }
        change.lastActivityAt().ifPresent(this::seen);
        for (OutboxMessage message : change.messages()) {
            if (!outbox().containsKey(message.dedupeKey())) {
                Delivery delivery = Delivery.queued(message);
                outbox().put(message.dedupeKey(), delivery);
                tables.outbox().put(delivery);
            }
        }
        for (String key : change.withdrawn()) {
            Delivery delivery = outbox().get(key);
            if (delivery != null && !delivery.isDelivered()) {
                update(delivery.withdraw(), tables.outbox());
            }
        }
        version++;
    }

    private void seen(Instant at) {
        Instant last = lastActivityAt;
        if (last == null || !last.isAfter(at)) {
            lastActivityAt = at;
        }
    }

    private Map<String, Delivery> outbox() {
        Map<String, Delivery> messages = outbox;
        if (messages == null) {
            messages = new HashMap<>();
            outbox = messages;
        }
        return messages;
    }

    /** The outbox message {@code dedupeKey}. Call with the lock held. */
    Delivery delivery(String dedupeKey) {
        Delivery delivery = outbox().get(dedupeKey);
        if (delivery == null) {
            throw new IllegalArgumentException("member '" + id + "' has no outbox message with dedupe key '" + dedupeKey + "'");
        }
        return delivery;
    }

    /** Records the new state of an outbox message. Call with the lock held. */
    void update(Delivery delivery, OutboxIndex index) {
        outbox().put(delivery.message().dedupeKey(), delivery);
        index.put(delivery);
    }

    private Map<String, Long> countersAfter(Map<String, Long> deltas) {
        Map<String, Long> after = new TreeMap<>(counters);
        deltas.forEach((name, delta) -> {
            long before = after.getOrDefault(name, 0L);
            long sum;
            try {
                sum = Math.addExact(before, delta);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("counter '" + name + "' of member '" + id + "' would overflow: "
                        + before + " + " + delta);
            }
            if (sum == 0) {
                after.remove(name);
            } else {
                after.put(name, sum);
            }
        });
        return Map.copyOf(after);
    }

    /**
     * A change that passed its checks, with the counters it leaves.
     *
     * @param change the change
     * @param counters the member's counters after it, without zeros
     */
    record Staged(MemberChange change, Map<String, Long> counters) {}
}
