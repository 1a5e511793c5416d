package dev.loyalty.spi;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a store keeps about one member, as of one version.
 *
 * @param member the profile
 * @param version 1 after enrollment, then one more for every append that changed the member
 * @param entries the ledger entries, in sequence order
 * @param lots the lots as the entries left them, by id
 * @param counters named counters (purchases, referrals, ...), absent when 0
 * @param lastActivityAt the member's last activity that counts against inactivity (e.g. a purchase)
 * @param tier the member's tier status, or empty if tiers were never evaluated (the entry tier)
 * @param tierHistory every tier change, oldest first, each with its reason
 */
public record MemberState(
        Member member,
        long version,
        List<Entry> entries,
        List<Lot> lots,
        Map<String, Long> counters,
        Optional<Instant> lastActivityAt,
        Optional<TierStatus> tier,
        List<TierChange> tierHistory) {

    /** Validates the fields and copies the collections. */
    public MemberState {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        Objects.requireNonNull(tier, "tier");
        tierHistory = List.copyOf(tierHistory);
        entries = List.copyOf(entries);
        lots = List.copyOf(lots);
        counters = Map.copyOf(counters);
        if (version < 1) {
            throw new IllegalArgumentException("version of member '" + member.id() + "' must be >= 1, but was " + version);
        }
    }

    /** The counter {@code name}, 0 when never counted. */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
