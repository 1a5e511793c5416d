package dev.loyalty.rules.internal.load;

import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.rules.program.BudgetConfig;
import dev.loyalty.rules.program.CampaignConfig;
import dev.loyalty.rules.program.GamesConfig;
import dev.loyalty.rules.program.EngagementConfig;
import dev.loyalty.rules.program.MembershipConfig;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.rules.program.SegmentConfig;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code program.yaml} says, read and validated; built only when no problem was found.
 *
 * @param ruleFiles the DRL files listed under {@code rules:}, if the key is present
 * @param games the {@code games:} section: badges and levels
 * @param budgets the budgets awards draw on
 * @param memberships the {@code memberships:} section: paid memberships
 * @param engagement notifications, win-back, re-qualification offers, RFM and lifecycle segments
 */
public record ProgramYaml(String name, String version, ZoneId zone, Currency currency, RoundingMode rounding,
        ReversalPolicy reversal, List<PointTypeConfig> pointTypes, Optional<TierLadder> tiers,
        Optional<String> statusPointType, List<CampaignConfig> campaigns, List<RewardConfig> rewards,
        List<SegmentConfig> segments, Optional<List<String>> ruleFiles, GamesConfig games,
        List<BudgetConfig> budgets, List<MembershipConfig> memberships, EngagementConfig engagement) {

    /** Copies the lists, so that nothing handed out can be changed. */
    public ProgramYaml {
        pointTypes = List.copyOf(pointTypes);
        campaigns = List.copyOf(campaigns);
        rewards = List.copyOf(rewards);
        segments = List.copyOf(segments);
        ruleFiles = ruleFiles.map(List::copyOf);
        java.util.Objects.requireNonNull(games, "games");
        budgets = List.copyOf(budgets);
        memberships = List.copyOf(memberships);
    }

    /** The point types as core types. */
    public List<PointType> types() {
        return pointTypes.stream().map(PointTypeConfig::type).toList();
    }
}
