package dev.loyalty.core.tier;

import dev.loyalty.core.Money;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks {@link TierLadder} runs on its tiers; each message names the tiers involved. */
final class LadderRules {

    private LadderRules() {}

    /** The tiers ordered by rank, after checking that they form a valid ladder. */
    static List<Tier> checkedByRank(List<Tier> tiers) {
        List<Tier> sorted = tiers.stream().sorted(Comparator.comparingInt(Tier::rank)).toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("tiers must not be empty");
        }
        checkIds(sorted);
        checkRanks(sorted);
        checkEntry(sorted.get(0));
        for (int higher = 1; higher < sorted.size(); higher++) {
            checkHasThresholds(sorted.get(higher));
            for (int lower = 0; lower < higher; lower++) {
                checkOrder(sorted.get(lower), sorted.get(higher));
            }
        }
        return sorted;
    }

    private static void checkIds(List<Tier> tiers) {
        Set<String> seen = new HashSet<>();
        for (Tier tier : tiers) {
            if (!seen.add(tier.id())) {
                throw new IllegalArgumentException("tier id '" + tier.id() + "' is used by more than one tier");
            }
        }
    }

    private static void checkRanks(List<Tier> tiers) {
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (i > 0 && tiers.get(i - 1).rank() == tier.rank()) {
                throw new IllegalArgumentException("tiers '" + tiers.get(i - 1).id() + "' and '" + tier.id()
                        + "' both have rank " + tier.rank());
            }
            if (tier.rank() != i) {
                throw new IllegalArgumentException("tier ranks must run from 0 to " + (tiers.size() - 1)
                        + " without gaps, but tier '" + tier.id() + "' has rank " + tier.rank());
            }
        }
    }

    private static void checkEntry(Tier entry) {
        if (entry.qualification().hasThresholds()) {
            throw new IllegalArgumentException("entry tier '" + entry.id() + "' (rank 0) must have no thresholds, but needs "
                    + entry.qualification().describe());
        }
    }

    private static void checkHasThresholds(Tier tier) {
        if (!tier.qualification().hasThresholds()) {
            throw new IllegalArgumentException(tier(tier) + " (rank " + tier.rank()
                    + ") must have at least one threshold; only the entry tier has none");
        }
    }

    /** A higher tier must count over the same window, in the same currency, and never be easier to reach. */
    private static void checkOrder(Tier lower, Tier higher) {
        Qualification low = lower.qualification();
        Qualification high = higher.qualification();
        if (low.hasThresholds() && high.hasThresholds() && !low.window().equals(high.window())) {
            throw new IllegalArgumentException(tier(higher) + " counts over " + high.window() + ", but " + tier(lower)
                    + " over " + low.window() + "; all tiers of a ladder count over one window");
        }
        checkNotFewer(lower, higher, low.statusPoints(), high.statusPoints(), "status points", "fewer");
        checkSpend(lower, higher, low.spend(), high.spend());
        checkNotFewer(lower, higher, low.purchases(), high.purchases(), "purchases", "fewer");
        checkNotFewer(lower, higher, low.tenureDays(), high.tenureDays(), "tenure days", "fewer");
        checkNotFewer(lower, higher, low.profileCompleteness(), high.profileCompleteness(),
                "percent profile completeness", "less");
    }

    private static void checkNotFewer(Tier lower, Tier higher, long low, long high, String unit, String fewer) {
        if (low > 0 && high > 0 && high < low) {
            throw new IllegalArgumentException(tier(higher) + " needs " + high + " " + unit + ", " + fewer + " than "
                    + tier(lower) + " (" + low + ")");
        }
    }

    private static void checkSpend(Tier lower, Tier higher, Optional<Money> low, Optional<Money> high) {
        if (low.isEmpty() || high.isEmpty()) {
            return;
        }
        if (!low.get().currency().equals(high.get().currency())) {
            throw new IllegalArgumentException(tier(higher) + " needs spend in " + high.get().currency() + ", but "
                    + tier(lower) + " in " + low.get().currency() + "; all tiers of a ladder use one currency");
        }
        if (high.get().compareTo(low.get()) < 0) {
            throw new IllegalArgumentException(
                    tier(higher) + " needs a spend of " + high.get() + ", less than " + tier(lower) + " (" + low.get() + ")");
        }
    }

    private static String tier(Tier tier) {
        return "tier '" + tier.id() + "'";
    }
}
