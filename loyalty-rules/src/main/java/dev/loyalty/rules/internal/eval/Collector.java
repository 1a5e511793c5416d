package dev.loyalty.rules.internal.eval;

import dev.loyalty.rules.RuleException;
import dev.loyalty.rules.facts.Award;
import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Decisions;
import dev.loyalty.rules.facts.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.Match;

/**
 * The {@link Decisions} of one evaluation at a time: records each decision with the rule (and campaign)
 * that made it. The session tells it which rule is firing ({@link #firing}). One per session, the
 * session's {@code decisions} global, {@linkplain #reset() reset} before each evaluation (setting the
 * global anew for each measured as a hash lookup per event); not thread-safe.
 */
final class Collector implements Decisions {

    private final Runnable halt;
    private final CampaignRules campaignRules;
    private String rule = "";
    private @Nullable Match match;
    /** The source of the decisions of the rule firing now, made on the first of them. */
    private @Nullable Source source;
    private List<String> fired = new ArrayList<>();
    SpendTerms spend = new SpendTerms();
    CashbackTerms cashback = new CashbackTerms();
    List<Bonus> awards = new ArrayList<>();
    List<Verdict.Ruled> grants = new ArrayList<>();
    List<Verdict.Ruled> notices = new ArrayList<>();
    List<Verdict.Ruled> badges = new ArrayList<>();
    List<Verdict.Ruled> spins = new ArrayList<>();
    List<Verdict.Ruled> surprises = new ArrayList<>();
    Optional<Verdict.Refusal> rejection = Optional.empty();

    /** A collector that asks {@code campaignRules} which rules can match a campaign. */
    Collector(Runnable halt, CampaignRules campaignRules) {
        this.halt = halt;
        this.campaignRules = campaignRules;
    }

    /**
     * Forgets every decision, for the next evaluation. The lists are new ones, not cleared: a verdict
     * made from the last evaluation keeps them.
     */
    void reset() {
        rule = "";
        match = null;
        source = null;
        fired = new ArrayList<>();
        spend = new SpendTerms();
        cashback = new CashbackTerms();
        awards = new ArrayList<>();
        grants = new ArrayList<>();
        notices = new ArrayList<>();
        badges = new ArrayList<>();
        spins = new ArrayList<>();
        surprises = new ArrayList<>();
        rejection = Optional.empty();
    }

    /** The rule of {@code firing} starts firing; the campaign it matched is looked up if it decides. */
    void firing(Match firing) {
        this.match = firing;
        this.rule = firing.getRule().getName();
        this.source = null;
        fired.add(rule);
    }

    List<String> fired() {
        return fired;
    }

    @Override
    public void earnPerUnit(String pointType, String rate) {
        earnPerUnit(pointType, Numbers.parse("rate", rate, rule));
    }

    @Override
    public void earnPerUnit(String pointType, BigDecimal rate) {
        spend.rate(pointType, Numbers.notNegative("rate", rate, rule), source());
    }

    @Override
    public void earnPerUnit(String pointType, long rate) {
        earnPerUnit(pointType, BigDecimal.valueOf(rate));
    }

    @Override
    public void excludeCategory(String category) {
        spend.exclude(line -> line.getCategory().equals(category));
    }

    @Override
    public void excludeSku(String sku) {
        spend.exclude(line -> line.getSku().equals(sku));
    }

    @Override
    public void excludeLabel(String key, String value) {
        spend.exclude(line -> line.hasLabel(key, value));
    }

    @Override
    public void includeDelivery() {
        spend.includeDelivery();
    }

    @Override
    public void minimumSpend(String amount) {
        spend.minimum(Numbers.notNegative("minimum spend", Numbers.parse("minimum spend", amount, rule), rule));
    }

    @Override
    public void multiply(String pointType, String factor) {
        multiply(pointType, Numbers.parse("factor", factor, rule));
    }

    @Override
    public void multiply(String pointType, BigDecimal factor) {
        spend.multiply(pointType, line -> true, false, Numbers.notNegative("factor", factor, rule), source());
    }

    @Override
    public void multiplyCategory(String pointType, String category, String factor) {
        lineMultiplier(pointType, line -> line.getCategory().equals(category), factor);
    }

    @Override
    public void multiplySku(String pointType, String sku, String factor) {
        lineMultiplier(pointType, line -> line.getSku().equals(sku), factor);
    }

    @Override
    public void multiplyLabel(String pointType, String key, String value, String factor) {
        lineMultiplier(pointType, line -> line.hasLabel(key, value), factor);
    }

    private void lineMultiplier(String pointType, Predicate<Line> lines, String factor) {
        BigDecimal value = Numbers.notNegative("factor", Numbers.parse("factor", factor, rule), rule);
        spend.multiply(pointType, lines, true, value, source());
    }

    @Override
    public void cap(String pointType, long max) {
        Numbers.notNegative("cap", BigDecimal.valueOf(max), rule);
        spend.cap(pointType, max, source());
    }

    @Override
    public Award award(String pointType, long amount) {
        return award(pointType, BigDecimal.valueOf(amount), true);
    }

    @Override
    public Award award(String pointType, String amount) {
        return award(pointType, Numbers.parse("amount", amount, rule), false);
    }

    private Award award(String pointType, BigDecimal amount, boolean units) {
        Bonus bonus = new Bonus(pointType, Numbers.notNegative("amount", amount, rule), units, source());
        awards.add(bonus);
        return bonus;
    }

    @Override
    public void grant(String reward) {
        grants.add(new Verdict.Ruled(reward, rule, campaign()));
    }

    @Override
    public void notify(String template) {
        notices.add(new Verdict.Ruled(template, rule, campaign()));
    }

    @Override
    public void reject(String code, String message) {
        if (rejection.isEmpty()) {
            rejection = Optional.of(new Verdict.Refusal(code, message, rule));
        }
    }

    @Override
    public void badge(String badge) {
        badges.add(new Verdict.Ruled(badge, rule, campaign()));
    }

    @Override
    public void grantSpin(String wheel) {
        spins.add(new Verdict.Ruled(wheel, rule, campaign()));
    }

    @Override
    public void surprise(String wheel) {
        surprises.add(new Verdict.Ruled(wheel, rule, campaign()));
    }

    @Override
    public void stop() {
        halt.run();
    }

    @Override
    public void cashback(String pointType, String percent) {
        cashbackOn(pointType, line -> true, percent);
    }

    @Override
    public void cashbackOnCategory(String pointType, String category, String percent) {
        cashbackOn(pointType, line -> line.getCategory().equals(category), percent);
    }

    @Override
    public void cashbackOnSku(String pointType, String sku, String percent) {
        cashbackOn(pointType, line -> line.getSku().equals(sku), percent);
    }

    @Override
    public void cashbackOnLabel(String pointType, String key, String value, String percent) {
        cashbackOn(pointType, line -> line.hasLabel(key, value), percent);
    }

    private void cashbackOn(String pointType, Predicate<Line> lines, String percent) {
        BigDecimal value = Numbers.notNegative("percent", Numbers.parse("percent", percent, rule), rule);
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleException(rule, "a cashback percent must be 0 to 100, but was " + percent);
        }
        cashback.add(pointType, lines, value, source());
    }

    private Source source() {
        Source current = source;
        if (current == null) {
            current = new Source(rule, campaignOf(match));
            source = current;
        }
        return current;
    }

    private Optional<String> campaign() {
        return source().campaign();
    }

    /** The campaign among the facts {@code firing} matched, if any. */
    private Optional<String> campaignOf(@Nullable Match firing) {
        if (firing != null && campaignRules.canMatch(firing.getRule())) {
            for (Object fact : firing.getObjects()) {
                if (fact instanceof Campaign running) {
                    return Optional.of(running.getId());
                }
            }
        }
        return Optional.empty();
    }

    /** The rule and campaign behind a decision. */
    record Source(String rule, Optional<String> campaign) {}

    /** A fixed award; the rule may still set its expiry and pending period. */
    static final class Bonus implements Award {
        final String pointType;
        final BigDecimal amount;
        final boolean units;
        final Source source;
        OptionalInt expiresInDays = OptionalInt.empty();
        OptionalInt pendingForDays = OptionalInt.empty();
        Optional<String> note = Optional.empty();
        Optional<String> budget = Optional.empty();

        Bonus(String pointType, BigDecimal amount, boolean units, Source source) {
            this.pointType = pointType;
            this.amount = amount;
            this.units = units;
            this.source = source;
        }

        @Override
        public Award expiresInDays(int days) {
            expiresInDays = OptionalInt.of(Numbers.positiveDays("expiresInDays", days, source.rule()));
            return this;
        }

        @Override
        public Award pendingForDays(int days) {
            pendingForDays = OptionalInt.of(Numbers.positiveDays("pendingForDays", days, source.rule()));
            return this;
        }

        @Override
        public Award because(String text) {
            if (text.isBlank() || text.length() > 200) {
                throw new RuleException(source.rule(), "a note must be 1 to 200 characters and not blank, but was '" + text + "'");
            }
            note = Optional.of(text);
            return this;
        }

        @Override
        public Award fromBudget(String id) {
            if (id.isBlank()) {
                throw new RuleException(source.rule(), "fromBudget needs a budget id, but was '" + id + "'");
            }
            budget = Optional.of(id);
            return this;
        }
    }

    static Set<String> rulesOf(List<Source> sources) {
        Set<String> rules = new LinkedHashSet<>();
        sources.forEach(source -> rules.add(source.rule()));
        return rules;
    }
}
