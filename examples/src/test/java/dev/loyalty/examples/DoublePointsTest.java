package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.Outcome;
import dev.loyalty.spi.OutboxMessage;
import org.junit.jupiter.api.Test;

/** The double-points example program (programs/double-points): campaigns by audience, priority and stacking. */
class DoublePointsTest {

    private static final String ENROLLED = "2026-11-01T09:00:00Z";

    private final ExampleClub club = new ExampleClub("double-points");

    @Test
    void theDoubleWeekDoublesEveryonesPointsUntilMidnightInBerlin() {
        club.enroll("eve", ENROLLED);

        Outcome inWeek = club.buy("eve", "order-1", "2026-12-08T10:00:00Z", "20.00", "books");
        Outcome lastSecond = club.buy("eve", "order-2", "2026-12-13T22:59:59Z", "10.00", "books");
        Outcome over = club.buy("eve", "order-3", "2026-12-13T23:00:00Z", "10.00", "books");

        assertThat(inWeek.points("points")).isEqualTo(40);
        assertThat(inWeek.points("status")).isEqualTo(20);
        assertThat(inWeek.explanations().get(0).rules()).containsExactly("base earn", "double week");
        assertThat(inWeek.explanations().get(0).campaign()).hasValue("double-week");
        assertThat(inWeek.notifications()).extracting(OutboxMessage::template).containsExactly("campaign-double-week");
        assertThat(lastSecond.points("points")).isEqualTo(20);
        assertThat(over.points("points")).isEqualTo(10);
        assertThat(over.notifications()).isEmpty();
    }

    @Test
    void studentsEarnOneAndAHalfTimesInDecemberAndTheDoubleWeekStacksOnTop() {
        club.enroll("sam", ENROLLED, profile -> profile.attribute("student", "true"));

        Outcome december = club.buy("sam", "order-1", "2026-12-03T10:00:00Z", "20.00", "books");
        Outcome doubleWeek = club.buy("sam", "order-2", "2026-12-08T10:00:00Z", "20.00", "books");

        assertThat(december.points("points")).isEqualTo(30);
        assertThat(doubleWeek.points("points")).isEqualTo(60);
        assertThat(doubleWeek.explanations().get(0).rules()).containsExactly("base earn", "student december", "double week");
        assertThat(doubleWeek.notifications()).extracting(OutboxMessage::template).containsExactly("campaign-student-december");
    }

    @Test
    void aGoldStudentGetsOnlyTheHigherPriorityExclusiveCampaign() {
        club.enroll("gina", ENROLLED, profile -> profile.attribute("student", "true"));
        Outcome qualifying = club.buy("gina", "order-1", "2026-11-20T10:00:00Z", "1000.00", "laptops");

        Outcome doubleWeek = club.buy("gina", "order-2", "2026-12-08T10:00:00Z", "20.00", "books");

        assertThat(qualifying.points("points")).isEqualTo(1000);
        assertThat(club.store.load(dev.loyalty.core.MemberId.of("gina")).tier())
                .hasValueSatisfying(tier -> assertThat(tier.tierId()).isEqualTo("gold"));
        assertThat(doubleWeek.points("points")).isEqualTo(20 * 3 * 2);
        assertThat(doubleWeek.explanations().get(0).rules()).containsExactly("base earn", "gold december", "double week");
        assertThat(doubleWeek.explanations().get(0).campaign()).hasValue("gold-december");
        assertThat(doubleWeek.notifications()).extracting(OutboxMessage::template).containsExactly("campaign-gold-december");
    }

    @Test
    void berlinersGetFiftyPointsAPurchaseOnTheOpeningWeekend() {
        club.enroll("ben", ENROLLED, profile -> profile.attribute("city", "Berlin"));
        club.enroll("hanna", ENROLLED, profile -> profile.attribute("city", "Hamburg"));

        Outcome ben = club.buy("ben", "order-1", "2026-12-12T10:00:00Z", "20.00", "books");
        Outcome hanna = club.buy("hanna", "order-2", "2026-12-12T10:00:00Z", "20.00", "books");
        Outcome benAfter = club.buy("ben", "order-3", "2026-12-13T23:00:00Z", "20.00", "books");

        assertThat(ben.points("points")).isEqualTo(40 + 50);
        assertThat(ben.explanations()).extracting(Explanation::toString).containsExactly(
                "#1 RULE:base earn by base earn, double week in campaign double-week (double-points@2026.12.1)",
                "#2 RULE:base earn by base earn (double-points@2026.12.1)",
                "#3 RULE:berlin opening by berlin opening in campaign berlin-opening: welcome to our Berlin shop (double-points@2026.12.1)");
        assertThat(ben.notifications()).extracting(OutboxMessage::template).containsExactly("campaign-berlin-opening");
        assertThat(hanna.points("points")).isEqualTo(40);
        assertThat(benAfter.points("points")).isEqualTo(20);
    }
}
