package dev.loyalty.rules.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.RuleException;
import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

class EvaluatorTest {

    private static final String HEADER = """
            package test;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            """;

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    private final Purchase purchase = Purchase.of("order-1", MemberId.of("anna"), AT, "EUR")
            .withLine(Line.of("BEANS-1KG", "beans", 2, "14.90"))
            .withLine(Line.of("MUG", "merch", 1, "9.99").withLabel("brand", "acme"))
            .withLine(Line.of("CIGARS", "tobacco", 1, "20.00"))
            .withLine(Line.delivery("4.95"));

    private final Member gold = Member.builder("anna").tier("gold").build();

    static KieBase kieBase(String drl) {
        return new KieHelper().addContent(HEADER + drl, "test/rules.drl").build();
    }

    private static long toUnits(String pointType, BigDecimal amount) {
        return amount.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    @Test
    void earnsOnEligibleSpendWithLineAndTierMultipliersRoundedOnceThenCapped() {
        String drl = """
                rule "base earn" when Purchase(spend >= 10) then decisions.earnPerUnit("points", "1"); end
                rule "no tobacco" when Purchase() then decisions.excludeCategory("tobacco"); end
                rule "gold tier" when Member(tier == "gold") Purchase() then decisions.multiply("points", "2"); end
                rule "beans week" when Campaign(id == "beans") Purchase(hasCategory("beans")) then decisions.multiplyCategory("points", "beans", "1.5"); end
                rule "first order" when Purchase() then decisions.award("points", 50).expiresInDays(7); end
                """;
        try (Evaluator evaluator = new Evaluator(kieBase(drl))) {
            Campaign beans = new Campaign("beans", "Beans week", 1, false, AT.minusSeconds(60), AT.plusSeconds(60));
            Verdict verdict = evaluator.evaluate(List.of(gold, purchase, beans), purchase.getLines(), EvaluatorTest::toUnits);
            // beans 29.80 x 1 x 1.5 = 44.70, mug 9.99; sum 54.69 x 2 = 109.38 -> 109
            assertThat(verdict.credits()).hasSize(2);
            Credit onSpend = verdict.credits().get(0);
            assertThat(onSpend.units()).isEqualTo(109);
            assertThat(onSpend.rules()).containsExactlyInAnyOrder("base earn", "gold tier", "beans week");
            assertThat(onSpend.rule()).isEqualTo("base earn");
            assertThat(onSpend.campaigns()).containsExactly("beans");
            Credit bonus = verdict.credits().get(1);
            assertThat(bonus.units()).isEqualTo(50);
            assertThat(bonus.expiresInDays()).hasValue(7);
            assertThat(verdict.fired()).hasSize(5);
        }
    }

    @Test
    void capAndStopAndActivationGroups() {
        String drl = """
                rule "base earn" salience 10 when Purchase() then decisions.earnPerUnit("points", 10); decisions.cap("points", 300); end
                rule "promo a" salience 5 activation-group "promo" when Purchase() then decisions.award("points", 7); end
                rule "promo b" salience 4 activation-group "promo" when Purchase() then decisions.award("points", 9); end
                rule "stopper" salience 1 when Purchase() then decisions.stop(); end
                rule "never" salience 0 when Purchase() then decisions.award("points", 1000); end
                """;
        try (Evaluator evaluator = new Evaluator(kieBase(drl))) {
            Verdict verdict = evaluator.evaluate(List.of(gold, purchase), purchase.getLines(), EvaluatorTest::toUnits);
            assertThat(verdict.credits()).extracting(Credit::units).containsExactly(300L, 7L);
            assertThat(verdict.credits().get(0).rules()).containsExactly("base earn");
            assertThat(verdict.fired()).containsExactly("base earn", "promo a", "stopper");
        }
    }

    @Test
    void rulesMatchTheIdMemberAndInstantEveryEventCarries() {
        String drl = """
                rule "this order" when Purchase(id == "order-1", memberId.value == "anna", at.epochSecond > 0) then decisions.award("points", 3); end
                rule "other order" when Purchase(id == "order-2") then decisions.award("points", 5); end
                """;
        try (Evaluator evaluator = new Evaluator(kieBase(drl))) {
            Verdict verdict = evaluator.evaluate(List.of(gold, purchase), purchase.getLines(), EvaluatorTest::toUnits);
            assertThat(verdict.credits()).extracting(Credit::units).containsExactly(3L);
        }
    }

    @Test
    void aBadNumberFailsTheRuleThatPassedIt() {
        String drl = """
                rule "broken rate" when Purchase() then decisions.earnPerUnit("points", "-2"); end
                """;
        try (Evaluator evaluator = new Evaluator(kieBase(drl))) {
            assertThatThrownBy(() -> evaluator.evaluate(List.of(gold, purchase), purchase.getLines(), EvaluatorTest::toUnits))
                    .isInstanceOf(RuleException.class)
                    .hasMessage("rule 'broken rate': rate must be >= 0, but was -2");
        }
    }

    @Test
    void reusedSessionsKeepActivationGroupsStopsAndRuleInsertedFactsFromLeakingIntoTheNextEvent() {
        String drl = """
                declare Marker end
                rule "promo a" salience 5 activation-group "promo" when Purchase() then decisions.award("points", 7); end
                rule "promo b" salience 4 activation-group "promo" when Purchase() then decisions.award("points", 9); end
                rule "mark" salience 3 when Purchase() then insert(new Marker()); end
                rule "one marker" salience 2 when Number(intValue == 1) from accumulate(Marker(), count(1)) then decisions.award("points", 1); end
                rule "stopper" salience 1 when Purchase() then decisions.stop(); end
                rule "never" salience 0 when Purchase() then decisions.award("points", 1000); end
                """;
        try (Evaluator evaluator = new Evaluator(kieBase(drl))) {
            for (int i = 0; i < 50; i++) {
                Verdict verdict = evaluator.evaluate(List.of(gold, purchase), purchase.getLines(), EvaluatorTest::toUnits);
                assertThat(verdict.credits()).as("evaluation %d", i).extracting(Credit::units).containsExactly(7L, 1L);
                assertThat(verdict.fired()).as("evaluation %d", i).containsExactly("promo a", "mark", "one marker", "stopper");
            }
        }
    }

    @Test
    void eightThreadsShareOneEvaluatorAndEachGetsItsOwnDecisions() throws Exception {
        String drl = """
                rule "per unit" when Purchase() then decisions.earnPerUnit("points", 1); end
                rule "exclusive a" salience 2 activation-group "g" when Purchase() then decisions.award("points", 100); end
                rule "exclusive b" salience 1 activation-group "g" when Purchase() then decisions.award("points", 200); end
                """;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try (Evaluator evaluator = new Evaluator(kieBase(drl))) {
            List<java.util.concurrent.Future<Verdict>> verdicts = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                verdicts.add(threads.submit(() -> evaluator.evaluate(List.of(gold, purchase), purchase.getLines(), EvaluatorTest::toUnits)));
            }
            for (java.util.concurrent.Future<Verdict> verdict : verdicts) {
                assertThat(verdict.get().credits()).extracting(Credit::units).containsExactly(59L, 100L);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
