package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.ReferralCode;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.spi.memory.InMemoryStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A referral credits two members in one append: their draws on one budget are claimed together. */
class EngineBudgetReferralTest {

    private static final String YAML = """
            program: welcome
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            budgets:
              - { id: welcome, cap: 4 }
            """;

    private static final String DRL = """
            package welcome;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;

            rule "welcome" when Enrollment() then decisions.award("points", 50).fromBudget("welcome"); end

            rule "thanks for inviting" when Referral(stage == "signed-up")
            then decisions.award("points", 20).fromBudget("welcome"); end
            """;

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder()
            .program(CompiledProgram.compile(YAML, Map.of("welcome.drl", DRL))).store(store).build();

    @Test
    void theInviteesAndTheInvitersAwardsAreClaimedTogetherAndWithheldTogether() {
        String code = ReferralCode.of(MemberId.of("anna"));

        Outcome anna = engine.handle(Enrollment.of(Shop.member("anna")));
        Outcome ben = engine.handle(Enrollment.of(Shop.member("ben")).referredBy(code));
        Outcome cara = engine.handle(Enrollment.of(Shop.member("cara")).referredBy(code));

        assertThat(anna.points("points")).isEqualTo(50);
        assertThat(ben.entries()).extracting(entry -> entry.amount() + " " + entry.reason().name())
                .containsExactlyInAnyOrder("50 welcome", "20 thanks for inviting");
        assertThat(engine.budgetUsed("welcome")).isEqualTo(3);
        // One award is left, but the event needs two: the budget's claim is all or nothing.
        assertThat(cara.status()).isEqualTo(Outcome.Status.APPLIED);
        assertThat(cara.points("points")).isZero();
        assertThat(cara.withheld()).extracting(Outcome.Withheld::rule, Outcome.Withheld::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("welcome", Outcome.Withheld.BUDGET_EXHAUSTED),
                org.assertj.core.groups.Tuple.tuple("thanks for inviting", Outcome.Withheld.BUDGET_EXHAUSTED));
        assertThat(store.load(MemberId.of("cara")).member().attribute("referred-by")).hasValue("anna");
        assertThat(engine.budgetUsed("welcome")).isEqualTo(3);
    }
}
