package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The occasions example program (programs/occasions): birthdays, anniversaries and seasons, to the day. */
class OccasionsTest {

    private final ExampleClub club = new ExampleClub("occasions");

    private void enroll(String id, String at, String zone, LocalDate birthday) {
        club.engine.handle(Enrollment.of(Member.builder(MemberId.of(id), "Member " + id, Instant.parse(at), ZoneId.of(zone))
                .birthday(birthday).build()));
    }

    @Test
    void aLeapDayMemberCelebratesOnThe28thInOtherYearsAndOnThe29thInLeapYears() {
        enroll("lea", "2024-02-29T10:00:00Z", "Europe/Berlin", LocalDate.of(2000, 2, 29));

        Outcome feb28 = club.buy("lea", "order-1", "2027-02-28T10:00:00Z", "10.00", "books");
        Outcome mar1 = club.buy("lea", "order-2", "2027-03-01T10:00:00Z", "10.00", "books");
        Outcome leapFeb28 = club.buy("lea", "order-3", "2028-02-28T10:00:00Z", "10.00", "books");
        Outcome leapFeb29 = club.buy("lea", "order-4", "2028-02-29T10:00:00Z", "10.00", "books");

        assertThat(feb28.entries()).extracting(entry -> entry.amount() + " " + entry.reason().name())
                .containsExactly("15 base earn", "200 birthday bonus", "100 membership anniversary");
        // 30 days at the same local time: 11:00 in Berlin, which is summer time by 30 March.
        assertThat(feb28.deadlines()).singleElement().satisfies(deadline ->
                assertThat(deadline.expiresAt()).isEqualTo(Instant.parse("2027-03-30T09:00:00Z")));
        assertThat(mar1.points("points")).isEqualTo(10);
        assertThat(leapFeb28.entries()).extracting(entry -> entry.amount() + " " + entry.reason().name())
                .containsExactly("10 base earn", "150 first purchase anniversary");
        assertThat(leapFeb29.entries()).extracting(entry -> entry.amount() + " " + entry.reason().name())
                .containsExactly("10 base earn", "200 birthday bonus", "100 membership anniversary");
    }

    @Test
    void aBirthdayIsTheMembersOwnCalendarDay() {
        enroll("kiri", "2026-11-01T00:00:00Z", "Pacific/Auckland", LocalDate.of(1990, 12, 5));
        enroll("bea", "2026-11-01T00:00:00Z", "Europe/Berlin", LocalDate.of(1990, 12, 5));

        // 12:00 UTC on 4 December is 01:00 on 5 December in Auckland, and still 4 December in Berlin.
        Outcome kiri = club.buy("kiri", "order-1", "2026-12-04T12:00:00Z", "10.00", "books");
        Outcome bea = club.buy("bea", "order-2", "2026-12-04T12:00:00Z", "10.00", "books");

        assertThat(kiri.points("points")).isEqualTo(15 + 200);
        assertThat(bea.points("points")).isEqualTo(15);
    }

    @Test
    void theAnniversaryOfTheFirstPurchaseEarnsABonusOnThatDayOnly() {
        club.enroll("max", "2025-01-10T10:00:00Z");
        Outcome first = club.buy("max", "order-1", "2025-06-15T10:00:00Z", "10.00", "books");

        Outcome anniversary = club.buy("max", "order-2", "2026-06-15T10:00:00Z", "10.00", "books");
        Outcome dayAfter = club.buy("max", "order-3", "2026-06-16T10:00:00Z", "10.00", "books");

        assertThat(first.points("points")).isEqualTo(10);
        assertThat(anniversary.points("points")).isEqualTo(10 + 150);
        assertThat(dayAfter.points("points")).isEqualTo(10);
        assertThat(club.store.load(MemberId.of("max")).counter(dev.loyalty.rules.facts.Member.FIRST_PURCHASE))
                .isEqualTo(Instant.parse("2025-06-15T10:00:00Z").getEpochSecond());
        assertThat(club.store.load(MemberId.of("max")).counter(dev.loyalty.rules.facts.Member.LAST_PURCHASE))
                .isEqualTo(Instant.parse("2026-06-16T10:00:00Z").getEpochSecond());
    }

    @Test
    void christmasDoublesEveryYearAndStacksWithTheWinterSeason() {
        club.enroll("eve", "2026-11-01T09:00:00Z");

        Outcome christmasEveInBerlin = club.buy("eve", "order-1", "2026-12-23T23:30:00Z", "10.00", "books");
        Outcome christmas = club.buy("eve", "order-2", "2026-12-25T10:00:00Z", "10.00", "books");
        Outcome after = club.buy("eve", "order-3", "2026-12-27T10:00:00Z", "10.00", "books");
        Outcome nextChristmas = club.buy("eve", "order-4", "2027-12-24T10:00:00Z", "10.00", "books");

        assertThat(christmasEveInBerlin.points("points")).isEqualTo(30);
        assertThat(christmas.points("points")).isEqualTo(30);
        assertThat(christmas.explanations().get(0).rules()).containsExactlyInAnyOrder("base earn", "christmas", "winter season");
        assertThat(after.points("points")).isEqualTo(15);
        // Her first purchase was on 24 December (in Berlin), so next Christmas Eve is its anniversary too.
        assertThat(nextChristmas.entries()).extracting(entry -> entry.amount() + " " + entry.reason().name())
                .containsExactly("20 base earn", "150 first purchase anniversary");
    }
}
