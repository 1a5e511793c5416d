package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.Outcome;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The launch-bonus example program (programs/launch-bonus): the first 100 buyers get 500 points, once. */
class LaunchBonusTest {

    private final ExampleClub club = new ExampleClub("launch-bonus");

    @Test
    void theFirstHundredBuyersGetTheBonusTheHundredAndFirstOnlyTheBasePoints() {
        IntStream.rangeClosed(1, 101).forEach(i -> club.enroll("m" + i, "2026-11-15T09:00:00Z"));

        List<Outcome> outcomes = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> club.buy("m" + i, "order-" + i, "2026-12-03T10:00:00Z", "24.90", "shoes")).toList();

        assertThat(outcomes.subList(0, 100)).allSatisfy(outcome -> {
            assertThat(outcome.points("points")).isEqualTo(24 + 500);
            assertThat(outcome.withheld()).isEmpty();
        });
        Outcome first = outcomes.get(0);
        assertThat(first.explanations()).extracting(Explanation::toString).containsExactly(
                "#1 RULE:base earn by base earn (launch-bonus@2026.12.1)",
                "#2 RULE:launch bonus by launch bonus in campaign launch-month: one of our first 100 customers (launch-bonus@2026.12.1)");
        Outcome late = outcomes.get(100);
        assertThat(late.points("points")).isEqualTo(24);
        assertThat(late.withheld()).containsExactly(
                new Outcome.Withheld("launch bonus", "points", 500, "launch", Outcome.Withheld.BUDGET_EXHAUSTED));
        assertThat(club.engine.budgetUsed("launch")).isEqualTo(100);
    }

    @Test
    void aMemberGetsTheBonusOnceAndOnlyInTheLaunchMonth() {
        club.enroll("anna", "2026-11-15T09:00:00Z");

        Outcome before = club.buy("anna", "order-1", "2026-11-30T22:59:59Z", "10.00", "shoes");
        Outcome first = club.buy("anna", "order-2", "2026-11-30T23:00:00Z", "10.00", "shoes");
        Outcome second = club.buy("anna", "order-3", "2026-12-10T10:00:00Z", "10.00", "shoes");
        Outcome after = club.buy("anna", "order-4", "2026-12-31T23:00:00Z", "10.00", "shoes");

        assertThat(before.points("points")).isEqualTo(10);
        assertThat(before.withheld()).isEmpty();
        assertThat(first.points("points")).isEqualTo(510);
        assertThat(second.points("points")).isEqualTo(10);
        assertThat(second.withheld()).extracting(Outcome.Withheld::code).containsExactly(Outcome.Withheld.MEMBER_LIMIT);
        assertThat(after.points("points")).isEqualTo(10);
        assertThat(after.withheld()).isEmpty();
        assertThat(club.available("anna", "points", "2027-01-01T00:00:00Z")).isEqualTo(540);
        assertThat(club.engine.budgetUsed("launch")).isEqualTo(1);
    }
}
