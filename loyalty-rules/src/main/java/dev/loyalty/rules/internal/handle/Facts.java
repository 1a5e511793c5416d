package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Today;
import dev.loyalty.rules.program.CampaignConfig;
import dev.loyalty.rules.program.SegmentConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The facts rules see for one event: the member, the event, the member's day and the running campaigns. */
final class Facts {

    /** Highest priority first; a stable sort keeps equals in the order declared. */
    private static final Comparator<CampaignConfig> BY_PRIORITY = Comparator.comparingInt(CampaignConfig::priority).reversed();

    private Facts() {}

    /**
     * The facts for {@code event} about {@code profile}, whose tier is {@code tier} (empty without tiers),
     * counters {@code counters} and ledger {@code ledger}, all as of just before the event.
     */
    static List<Object> of(CompiledProgram program, dev.loyalty.core.member.Member profile, String tier,
            Map<String, Long> counters, Ledger ledger, Event event) {
        Instant at = event.getAt();
        Set<String> segments = segments(program, profile);
        Member member = Member.builder(profile.id().value())
                .name(profile.name())
                .tier(tier)
                .earnMultiplier(program.tiers().flatMap(ladder -> ladder.find(tier))
                        .map(found -> found.benefits().earnMultiplier()).orElse(java.math.BigDecimal.ONE))
                .segments(segments)
                .attributes(profile.attributes())
                .tenureDays(Math.max(0, profile.tenureDays(at)))
                .counters(counters)
                .asOf(at)
                .balances(balances(program, ledger, at))
                .tenureMonths(Games.tenureMonths(profile, at))
                .level(Games.level(program, counters))
                .build();
        LocalDate date = profile.localDate(at);
        List<Object> facts = new ArrayList<>();
        facts.add(member);
        facts.add(event);
        facts.add(new Today(date, profile.isBirthday(date), profile.isEnrollmentAnniversary(date),
                PurchaseDates.isAnniversary(counters, profile, date)));
        facts.addAll(campaigns(program, at, tier, segments, profile.attributes()));
        facts.addAll(Memberships.active(program, counters, at));
        return facts;
    }

    private static Set<String> segments(CompiledProgram program, dev.loyalty.core.member.Member profile) {
        if (program.segments().isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new TreeSet<>();
        for (SegmentConfig segment : program.segments()) {
            if (segment.includes(profile.attributes())) {
                ids.add(segment.id());
            }
        }
        return ids;
    }

    private static Map<String, Long> balances(CompiledProgram program, Ledger ledger, Instant at) {
        Map<String, Long> balances = new TreeMap<>();
        program.ledgerPolicy().pointTypes().keySet().forEach(type -> balances.put(type, ledger.balance(type, at).available()));
        return balances;
    }

    /**
     * The campaigns running at {@code at} for the member, highest priority first; of the exclusive ones
     * only the highest priority one (the first declared among equals).
     */
    private static List<Campaign> campaigns(CompiledProgram program, Instant at, String tier, Set<String> segments,
            Map<String, String> attributes) {
        Optional<String> memberTier = tier.isEmpty() ? Optional.empty() : Optional.of(tier);
        List<Campaign> running = new ArrayList<>();
        boolean exclusiveTaken = false;
        List<CampaignConfig> byPriority = new ArrayList<>(program.campaigns());
        byPriority.sort(BY_PRIORITY);
        for (CampaignConfig campaign : byPriority) {
            if (!campaign.runsAt(at) || !campaign.audience().includes(memberTier, segments, attributes)) {
                continue;
            }
            boolean exclusive = campaign.stacking() == CampaignConfig.Stacking.EXCLUSIVE;
            if (exclusive && exclusiveTaken) {
                continue;
            }
            exclusiveTaken |= exclusive;
            running.add(new Campaign(campaign.id(), campaign.name(), campaign.priority(), exclusive, campaign.start(), campaign.end()));
        }
        return running;
    }
}
