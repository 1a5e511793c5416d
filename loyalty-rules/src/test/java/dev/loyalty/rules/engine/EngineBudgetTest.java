package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.spi.memory.InMemoryStore;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Awards drawn from budgets: withheld, not refused, when the budget or the member's share is used up. */
class EngineBudgetTest {

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(Launch.program(2)).store(store).build();

    private void enroll(String... members) {
        Stream.of(members).forEach(id -> engine.handle(Enrollment.of(Shop.member(id))));
    }

    @Test
    void onlyTheFirstTwoMembersGetTheBonusAndEachOnlyOnce() {
        enroll("anna", "ben", "cara");

        Outcome anna = engine.handle(Launch.purchase("order-1", "anna"));
        Outcome annaAgain = engine.handle(Launch.purchase("order-2", "anna"));
        Outcome ben = engine.handle(Launch.purchase("order-3", "ben"));
        Outcome cara = engine.handle(Launch.purchase("order-4", "cara"));

        assertThat(anna.points("points")).isEqualTo(510);
        assertThat(anna.withheld()).isEmpty();
        assertThat(annaAgain.points("points")).isEqualTo(10);
        assertThat(annaAgain.withheld()).containsExactly(
                new Outcome.Withheld("launch bonus", "points", 500, "launch", Outcome.Withheld.MEMBER_LIMIT));
        assertThat(ben.points("points")).isEqualTo(510);
        assertThat(cara.status()).isEqualTo(Outcome.Status.APPLIED);
        assertThat(cara.points("points")).isEqualTo(10);
        assertThat(cara.withheld()).containsExactly(
                new Outcome.Withheld("launch bonus", "points", 500, "launch", Outcome.Withheld.BUDGET_EXHAUSTED));
        assertThat(engine.budgetUsed("launch")).isEqualTo(2);
        assertThat(store.budgetUsed("launch/launch")).isEqualTo(2);
        assertThat(store.load(MemberId.of("anna")).counter("budget.launch")).isEqualTo(1);
        assertThat(store.load(MemberId.of("cara")).counter("budget.launch")).isZero();
    }

    @Test
    void aBudgetInPointsCoversAwardsWhileTheirPointsFitAndARetryIsRepeatedNotWithheld() {
        enroll("anna", "ben", "cara");

        Outcome anna = engine.handle(Activity.of("review-1", MemberId.of("anna"), Launch.DAY, "review"));
        Outcome ben = engine.handle(Activity.of("review-2", MemberId.of("ben"), Launch.DAY, "review"));
        Outcome cara = engine.handle(Activity.of("review-3", MemberId.of("cara"), Launch.DAY, "review"));
        Outcome annaRetry = engine.handle(Activity.of("review-1", MemberId.of("anna"), Launch.DAY, "review"));

        assertThat(anna.points("points")).isEqualTo(400);
        assertThat(ben.points("points")).isEqualTo(400);
        assertThat(cara.points("points")).isZero();
        assertThat(cara.entries()).isEmpty();
        assertThat(cara.withheld()).extracting(Outcome.Withheld::code).containsExactly(Outcome.Withheld.BUDGET_EXHAUSTED);
        assertThat(engine.budgetUsed("referral-pot")).isEqualTo(800);
        assertThat(annaRetry.status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(annaRetry.points("points")).isEqualTo(400);
    }
}
