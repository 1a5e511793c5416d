package dev.loyalty.cli.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.Money;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.spi.MemberState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a simulation came to, read back from the store's ledgers: totals per point type, the liability
 * of what is outstanding, the tier distribution, the points each campaign took part in, the rules that
 * earned the most, and every member's tier and balances.
 *
 * @param run the replay
 * @param totals per point type, in the program's order
 * @param liability outstanding points times the point type's value, for the point types that have one
 * @param tiers members per tier, in ladder order
 * @param campaigns per campaign: net points (per point type) of the entries the campaign took part in
 * @param rules net points earned by each rule, most first
 * @param members every member, in enrollment order
 */
public record Summary(Simulation.Run run, Map<String, Totals> totals, Map<String, Money> liability, Map<String, Long> tiers,
        Map<String, Map<String, Long>> campaigns, List<RulePoints> rules, List<MemberLine> members) {

    /** Points of one point type that entries made by one rule came to. */
    public record RulePoints(String rule, String pointType, long points) {}

    /** One member at the end: tier and balance (available plus pending) per point type. */
    public record MemberLine(MemberId id, String tier, Map<String, Long> balances) {}

    /** Reads the summary of {@code run} from its store. */
    public static Summary of(Simulation.Run run) {
        CompiledProgram program = run.program();
        Map<String, Totals> totals = new LinkedHashMap<>();
        program.pointTypes().forEach(type -> totals.put(type.id(), Totals.ZERO));
        Map<String, Long> tiers = new LinkedHashMap<>();
        program.tiers().ifPresent(ladder -> ladder.tiers().forEach(tier -> tiers.put(tier.id(), 0L)));
        Map<String, Map<String, Long>> campaigns = new TreeMap<>();
        Map<List<String>, Long> rules = new LinkedHashMap<>();
        List<MemberLine> members = new ArrayList<>();
        for (MemberId id : run.members()) {
            MemberState state = run.store().load(id);
            Ledger ledger = Ledger.replay(program.ledgerPolicy(), id, state.entries());
            for (Entry entry : state.entries()) {
                totals.computeIfPresent(entry.pointType(), (type, sum) -> sum.with(entry));
                Explanation.of(entry).campaign().ifPresent(campaign -> campaigns.computeIfAbsent(campaign, c -> new TreeMap<>())
                        .merge(entry.pointType(), entry.amount(), Math::addExact));
                if (entry.reason().source() == Reason.Source.RULE && entry.kind() == EntryKind.EARNED) {
                    rules.merge(List.of(entry.reason().name(), entry.pointType()), entry.amount(), Math::addExact);
                }
            }
            Map<String, Long> balances = new LinkedHashMap<>();
            for (PointTypeConfig type : program.pointTypes()) {
                Balance balance = ledger.balance(type.id(), run.asOf());
                long held = Math.addExact(balance.available(), balance.pending());
                balances.put(type.id(), held);
                totals.computeIfPresent(type.id(), (t, sum) -> sum.withOutstanding(held));
            }
            String tier = tierOf(program, state);
            tiers.merge(tier, 1L, Long::sum);
            members.add(new MemberLine(id, tier, balances));
        }
        return new Summary(run, totals, liability(program, totals), tiers, campaigns, topRules(rules), members);
    }

    private static String tierOf(CompiledProgram program, MemberState state) {
        return state.tier().map(status -> status.tierId())
                .or(() -> program.tiers().map(ladder -> ladder.entry().id()))
                .orElse("-");
    }

    private static Map<String, Money> liability(CompiledProgram program, Map<String, Totals> totals) {
        Map<String, Money> liability = new LinkedHashMap<>();
        for (PointTypeConfig type : program.pointTypes()) {
            if (type.value().isPresent()) {
                liability.put(type.id(), worth(program, type.id(), totals.get(type.id()).outstanding()));
            }
        }
        return liability;
    }

    /**
     * What {@code units} of {@code pointType} are worth at its value, rounded as the program rounds.
     *
     * @throws java.util.NoSuchElementException if the point type has no value
     */
    static Money worth(CompiledProgram program, String pointType, long units) {
        PointTypeConfig type = program.pointType(pointType);
        Money each = type.value().orElseThrow();
        BigDecimal points = BigDecimal.valueOf(units, type.type().scale());
        BigDecimal money = points.multiply(each.amount()).setScale(each.currency().getDefaultFractionDigits(), program.rounding());
        return new Money(money, each.currency());
    }

    private static List<RulePoints> topRules(Map<List<String>, Long> rules) {
        return rules.entrySet().stream()
                .map(e -> new RulePoints(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(RulePoints::points).reversed().thenComparing(RulePoints::rule)
                        .thenComparing(RulePoints::pointType))
                .toList();
    }

    /** When the balances are taken: the last step's instant. */
    public Instant asOf() {
        return run.asOf();
    }
}
