package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.T0;
import static dev.loyalty.spi.tck.Fixtures.day;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Members for the member queries: activity, birthdays, enrollment instants in several zones. */
final class MemberScenario {

    /** The instant {@link #activity} members are asked about. */
    static final Instant SINCE = day(11);

    private MemberScenario() {}

    /**
     * 25 members {@code m01..m25} enrolled at T0 ({@code m02} at day 20); odd members active on day
     * {@code i} ({@code m11} exactly at {@link #SINCE}), {@code m01} active again on day 30.
     */
    static void activity(LoyaltyStore store) {
        IntStream.rangeClosed(1, 25).forEach(i -> {
            Instant enrolledAt = i == 2 ? day(20) : T0;
            MemberFixture m = MemberFixture.enroll(store, Member.builder(id(i), "Member " + i, enrolledAt, ZoneOffset.UTC).build());
            if (i % 2 == 1) {
                m.count(Map.of("visits", 1L), Optional.of(day(i)));
            }
            if (i == 1) {
                m.count(Map.of(), Optional.of(day(30)));
            }
        });
    }

    /**
     * 12 members {@code m01..m12} in tier silver since T0, re-evaluated on day {@code i}; every fourth
     * is in a grace period that ends on day {@code i - 3}; {@code m13} has no tier recorded.
     */
    static void tierReviews(LoyaltyStore store) {
        IntStream.rangeClosed(1, 12).forEach(i -> {
            MemberFixture m = MemberFixture.enroll(store, Member.builder(id(i), "Member " + i, T0, ZoneOffset.UTC).build());
            Optional<Instant> grace = i % 4 == 0 ? Optional.of(day(i - 3)) : Optional.empty();
            m.append(MemberChange.entries(m.id(), m.version(), List.of(), List.of())
                    .withTier(new TierStatus("silver", T0, grace, day(i)), List.of()));
        });
        MemberFixture.enroll(store, Member.builder(id(13), "Member 13", T0, ZoneOffset.UTC).build());
    }

    /**
     * 25 members: {@code i % 3 == 0} born 29 February 1992, {@code 1} on 28 February 1991, {@code 2} on
     * 1 March 1993; every fifth member has no birthday recorded.
     */
    static void birthdays(LoyaltyStore store) {
        IntStream.rangeClosed(1, 25).forEach(i -> {
            var builder = Member.builder(id(i), "Member " + i, T0, ZoneOffset.UTC);
            if (i % 5 != 0) {
                builder.birthday(switch (i % 3) {
                    case 0 -> LocalDate.of(1992, 2, 29);
                    case 1 -> LocalDate.of(1991, 2, 28);
                    default -> LocalDate.of(1993, 3, 1);
                });
            }
            MemberFixture.enroll(store, builder.build());
        });
    }

    /** Members enrolled around 15 March in zones where that is another calendar day than in UTC. */
    static void enrollments(LoyaltyStore store) {
        enroll(store, "auckland", "2025-03-14T12:00:00Z", "Pacific/Auckland"); // 15 March, 01:00
        enroll(store, "berlin", "2024-03-15T23:30:00Z", "Europe/Berlin"); // 16 March, 00:30
        enroll(store, "la", "2025-03-15T03:00:00Z", "America/Los_Angeles"); // 14 March, 20:00
        enroll(store, "tokyo", "2023-03-15T00:00:00Z", "Asia/Tokyo"); // 15 March, 09:00
        enroll(store, "utc", "2025-03-15T10:00:00Z", "UTC"); // 15 March, 10:00
    }

    /** {@code m01} to {@code m25}. */
    static MemberId id(int i) {
        return MemberId.of(String.format("m%02d", i));
    }

    private static void enroll(LoyaltyStore store, String id, String enrolledAt, String zone) {
        MemberFixture.enroll(store, Member.builder(MemberId.of(id), id, Instant.parse(enrolledAt), ZoneId.of(zone)).build());
    }
}
