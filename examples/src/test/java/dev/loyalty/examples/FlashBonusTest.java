package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.RedemptionRequest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flash-bonus example program (programs/flash-bonus): a bonus valid for 7 days, with its deadline shown. */
class FlashBonusTest {

    private static final String ENROLLED = "2026-12-01T09:00:00Z";

    private final ExampleClub club = new ExampleClub("flash-bonus");

    @Test
    void theBonusCarriesItsDeadlineInTheOutcomeTheExplanationAndTheNotification() {
        club.enroll("anna", ENROLLED);

        Outcome outcome = club.buy("anna", "order-1", "2026-12-12T20:00:00Z", "25.00", "shoes");

        assertThat(outcome.points("points")).isEqualTo(25 + 300);
        assertThat(outcome.deadlines()).containsExactly(
                new Outcome.Deadline(2, "points", 300, Instant.parse("2026-12-19T20:00:00Z"), "flash bonus"));
        assertThat(outcome.explanations()).extracting(Explanation::toString).containsExactly(
                "#1 RULE:base earn by base earn (flash-bonus@2026.12.1)",
                "#2 RULE:flash bonus by flash bonus in campaign flash-weekend: flash weekend until 2026-12-19T20:00:00Z (flash-bonus@2026.12.1)");
        assertThat(outcome.notifications()).singleElement().satisfies(message -> {
            assertThat(message.template()).isEqualTo("flash-bonus");
            assertThat(message.data()).containsAllEntriesOf(Map.of("name", "Member anna", "deadline", "2026-12-19T20:00:00Z",
                    "deadlineDate", "2026-12-19", "deadlinePoints", "300"));
        });
        Outcome repeated = club.buy("anna", "order-1", "2026-12-12T20:00:00Z", "25.00", "shoes");
        assertThat(repeated.status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(repeated.deadlines()).isEqualTo(outcome.deadlines());
        Outcome afterTheWeekend = club.buy("anna", "order-2", "2026-12-13T23:00:00Z", "10.00", "shoes");
        assertThat(afterTheWeekend.points("points")).isEqualTo(10);
        assertThat(afterTheWeekend.deadlines()).isEmpty();
    }

    @Test
    void theDeadlineDateIsTheMembersOwnDate() {
        club.enrollIn("kenji", ENROLLED, "Asia/Tokyo");

        Outcome outcome = club.buy("kenji", "order-1", "2026-12-12T20:00:00Z", "25.00", "shoes");

        assertThat(outcome.notifications()).singleElement().satisfies(message -> assertThat(message.data())
                .containsEntry("deadline", "2026-12-19T20:00:00Z").containsEntry("deadlineDate", "2026-12-20"));
    }

    @Test
    void whatIsLeftOfTheBonusExpiresAtTheDeadlineAndSpendingTakesTheBonusFirst() {
        club.enroll("anna", ENROLLED);
        club.buy("anna", "order-1", "2026-12-12T20:00:00Z", "25.00", "shoes");
        club.engine.handle(RedemptionRequest.points("spend-1", MemberId.of("anna"), Instant.parse("2026-12-15T10:00:00Z"), "points", 200));

        club.engine.advanceTo(Instant.parse("2026-12-19T19:59:59Z"));
        long beforeDeadline = club.available("anna", "points", "2026-12-19T19:59:59Z");
        club.engine.advanceTo(Instant.parse("2026-12-19T20:00:00Z"));

        assertThat(beforeDeadline).isEqualTo(125);
        assertThat(club.available("anna", "points", "2026-12-19T20:00:00Z")).isEqualTo(25);
    }
}
