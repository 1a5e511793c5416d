package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one append changes for one member. Applied only if the member is still at
 * {@code expectedVersion}; version 0 means the member must not exist yet (an enrollment).
 *
 * @param member the member
 * @param expectedVersion the version the change was computed from; 0 to enroll
 * @param profile the new profile; required for an enrollment
 * @param entries new ledger entries, continuing the member's sequence
 * @param lots the lots created or changed by {@code entries}, as the entries leave them
 * @param counterDeltas amounts to add to named counters
 * @param lastActivityAt an activity instant, if this change is an activity; the store keeps the later of
 *     this and the one it has, so a late-arriving older activity never moves it back
 * @param messages notifications to put in the outbox
 * @param tier the member's new tier status, if it changed
 * @param tierChanges tier changes to add to the member's history, oldest first
 * @param withdrawn dedupe keys of the member's outbox messages to withdraw: one not yet delivered is
 *     never due again (a reminder the member no longer needs); a delivered or unknown key is ignored
 */
public record MemberChange(
        MemberId member,
        long expectedVersion,
        Optional<Member> profile,
        List<Entry> entries,
        List<Lot> lots,
        Map<String, Long> counterDeltas,
        Optional<Instant> lastActivityAt,
        List<OutboxMessage> messages,
        Optional<TierStatus> tier,
        List<TierChange> tierChanges,
        List<String> withdrawn) {

    /** Validates the fields and copies the collections. */
    public MemberChange {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        entries = List.copyOf(entries);
        lots = List.copyOf(lots);
        counterDeltas = Map.copyOf(counterDeltas);
        messages = List.copyOf(messages);
        Objects.requireNonNull(tier, "tier");
        tierChanges = List.copyOf(tierChanges);
        withdrawn = List.copyOf(withdrawn);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be >= 0, but was " + expectedVersion);
        }
        if (expectedVersion == 0 && profile.isEmpty()) {
            throw new IllegalArgumentException("enrolling member '" + member + "' (expected version 0) needs a profile");
        }
        profile.ifPresent(p -> {
            if (!p.id().equals(member)) {
                throw new IllegalArgumentException("profile of '" + p.id() + "' given for member '" + member + "'");
            }
        });
        for (Entry entry : entries) {
            if (!entry.member().equals(member)) {
                throw new IllegalArgumentException("entry " + entry.ref() + " given for member '" + member + "'");
            }
        }
        for (OutboxMessage message : messages) {
            if (!message.member().equals(member)) {
                throw new IllegalArgumentException("message " + message.dedupeKey() + " of '" + message.member()
                        + "' given for member '" + member + "'");
            }
        }
    }

    /** A change that withdraws no messages; see the canonical constructor. */
    public MemberChange(MemberId member, long expectedVersion, Optional<Member> profile, List<Entry> entries, List<Lot> lots,
            Map<String, Long> counterDeltas, Optional<Instant> lastActivityAt, List<OutboxMessage> messages, Optional<TierStatus> tier,
            List<TierChange> tierChanges) {
        this(member, expectedVersion, profile, entries, lots, counterDeltas, lastActivityAt, messages, tier, tierChanges, List.of());
    }

    /** A change that only appends ledger entries (and their lots). */
    public static MemberChange entries(MemberId member, long expectedVersion, List<Entry> entries, List<Lot> lots) {
        return new MemberChange(member, expectedVersion, Optional.empty(), entries, lots, Map.of(), Optional.empty(), List.of(),
                Optional.empty(), List.of());
    }

    /** The enrollment of {@code member}. */
    public static MemberChange enrollment(Member member) {
        return new MemberChange(member.id(), 0, Optional.of(member), List.of(), List.of(), Map.of(), Optional.empty(), List.of(),
                Optional.empty(), List.of());
    }

    /** A copy that also puts {@code more} messages in the outbox. */
    public MemberChange withMessages(List<OutboxMessage> more) {
        List<OutboxMessage> all = new ArrayList<>(messages);
        all.addAll(more);
        return new MemberChange(member, expectedVersion, profile, entries, lots, counterDeltas, lastActivityAt, all, tier, tierChanges,
                withdrawn);
    }

    /** A copy that also adds {@code deltas} to counters and records an activity at {@code activityAt}, if given. */
    public MemberChange withCounters(Map<String, Long> deltas, Optional<Instant> activityAt) {
        Map<String, Long> all = new HashMap<>(counterDeltas);
        deltas.forEach((name, delta) -> all.merge(name, delta, Math::addExact));
        return new MemberChange(member, expectedVersion, profile, entries, lots, all, activityAt.or(() -> lastActivityAt), messages,
                tier, tierChanges, withdrawn);
    }

    /** A copy that sets the member's tier status to {@code status}, recording {@code changes} in its history. */
    public MemberChange withTier(TierStatus status, List<TierChange> changes) {
        List<TierChange> all = new ArrayList<>(tierChanges);
        all.addAll(changes);
        return new MemberChange(member, expectedVersion, profile, entries, lots, counterDeltas, lastActivityAt, messages,
                Optional.of(status), all, withdrawn);
    }

    /** A copy that sets the member's profile to {@code value}. */
    public MemberChange withProfile(Member value) {
        return new MemberChange(member, expectedVersion, Optional.of(value), entries, lots, counterDeltas, lastActivityAt, messages,
                tier, tierChanges, withdrawn);
    }

    /** A copy whose outbox messages are {@code value} instead. */
    public MemberChange replacingMessages(List<OutboxMessage> value) {
        return new MemberChange(member, expectedVersion, profile, entries, lots, counterDeltas, lastActivityAt, value, tier,
                tierChanges, withdrawn);
    }

    /** A copy that also withdraws the messages with dedupe keys {@code keys}. */
    public MemberChange withWithdrawn(List<String> keys) {
        List<String> all = new ArrayList<>(withdrawn);
        all.addAll(keys);
        return new MemberChange(member, expectedVersion, profile, entries, lots, counterDeltas, lastActivityAt, messages, tier,
                tierChanges, all);
    }
}
