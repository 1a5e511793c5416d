package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Referral;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quest club (examples/src/main/resources/programs/quest-club): activities, milestones, badges and
 * levels, number by number, for Mia, who enrolled on 10 January 2026 in Amsterdam.
 */
class QuestClubTest {

    private static final MemberId MIA = MemberId.of("mia");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final CompiledProgram PROGRAM =
            CompiledProgram.loadClasspath("programs/quest-club", QuestClubTest.class.getClassLoader());
    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).build();

    private void enroll(MemberId id, String at) {
        engine.handle(Enrollment.of(Member.builder(id, id.value(), Instant.parse(at), AMSTERDAM).build()));
    }

    private Outcome act(String id, String at, String kind) {
        return engine.handle(Activity.of(id, MIA, Instant.parse(at), kind));
    }

    private Outcome buy(String id, String at, String total) {
        return engine.handle(Purchase.of(id, MIA, Instant.parse(at), "EUR", total, "books"));
    }

    private long coins() {
        return store.load(MIA).entries().stream().mapToLong(Entry::amount).sum();
    }

    @Test
    void activitiesEarnCoinsOnceOrUpToTheirLimitAndTheFirstReviewLevelsUp() {
        enroll(MIA, "2026-01-10T09:00:00Z");

        Outcome profile = act("a1", "2026-01-10T09:05:00Z", "profile-completed");
        Outcome again = act("a2", "2026-01-11T09:00:00Z", "profile-completed");
        List<Long> shares = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            shares.add(act("share-" + i, "2026-01-1" + (1 + i) + "T12:00:00Z", "social-share").points("coins"));
        }
        Outcome review = act("r1", "2026-01-20T12:00:00Z", "review");
        Outcome secondReview = act("r2", "2026-01-21T12:00:00Z", "review");
        Outcome survey = act("s1", "2026-01-22T12:00:00Z", "survey");

        assertThat(profile.points("coins")).isEqualTo(5);
        assertThat(profile.badges()).containsExactly("all-about-me");
        assertThat(profile.levelUp()).isEmpty();
        assertThat(again.entries()).isEmpty();
        assertThat(again.badges()).isEmpty();
        assertThat(shares).containsExactly(2L, 2L, 2L, 0L);
        assertThat(review.points("coins")).isEqualTo(10);
        assertThat(review.badges()).containsExactly("critic");
        assertThat(review.levelUp()).hasValue("adventurer");
        assertThat(review.notifications()).extracting(OutboxMessage::template, OutboxMessage::data)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("level-up", Map.of("level", "adventurer", "levelName", "Adventurer")));
        assertThat(secondReview.points("coins")).isEqualTo(10);
        assertThat(secondReview.badges()).isEmpty();
        assertThat(survey.points("coins")).isEqualTo(15);
        assertThat(coins()).isEqualTo(5 + 6 + 10 + 10 + 15);
        assertThat(store.load(MIA).counters()).containsAllEntriesOf(Map.of("activity.profile-completed", 2L,
                "activity.social-share", 4L, "activity.review", 2L, "activity.survey", 1L, "badge.all-about-me", 1L, "badge.critic", 1L));
    }

    @Test
    void milestonesPayAtTheFifthPurchaseTheThirdFriendAndSixMonthsInTheMembersTimeZone() {
        enroll(MIA, "2026-01-10T09:00:00Z");
        act("a1", "2026-01-10T09:05:00Z", "profile-completed");
        act("r1", "2026-01-20T12:00:00Z", "review");
        List<Long> purchases = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            purchases.add(buy("order-" + i, "2026-02-0" + i + "T12:00:00Z", "20.00").points("coins"));
        }
        List<Outcome> referrals = new ArrayList<>();
        for (String friend : List.of("noah", "emma", "liam")) {
            enroll(MemberId.of(friend), "2026-03-01T10:00:00Z");
            referrals.add(engine.handle(Referral.of("ref-" + friend, MIA, Instant.parse("2026-03-01T10:00:00Z"),
                    MemberId.of(friend), "signed-up")));
        }
        // 23:30 on 9 July in Amsterdam: five months and 29 days. 00:30 on 10 July: six months.
        Outcome almost = buy("order-6", "2026-07-09T21:30:00Z", "10.00");
        Outcome sixMonths = buy("order-7", "2026-07-09T22:30:00Z", "30.00");
        Outcome later = buy("order-8", "2026-08-01T12:00:00Z", "10.00");

        assertThat(purchases).containsExactly(20L, 20L, 20L, 20L, 70L);
        assertThat(referrals).extracting(outcome -> outcome.points("coins")).containsExactly(0L, 0L, 150L);
        assertThat(referrals.get(2).badges()).containsExactly("ambassador");
        assertThat(referrals.get(2).levelUp()).hasValue("legend");
        assertThat(almost.points("coins")).isEqualTo(10);
        assertThat(sixMonths.points("coins")).isEqualTo(130);
        assertThat(sixMonths.badges()).containsExactly("half-year");
        assertThat(sixMonths.levelUp()).isEmpty();
        assertThat(later.points("coins")).isEqualTo(10);
        assertThat(coins()).isEqualTo(5 + 10 + 150 + 150 + 10 + 130 + 10);
    }

    @Test
    void badgesAndLevelsPersistThroughTheStoreForTheNextEngine() {
        enroll(MIA, "2026-01-10T09:00:00Z");
        act("a1", "2026-01-10T09:05:00Z", "profile-completed");
        act("r1", "2026-01-20T12:00:00Z", "review");

        LoyaltyEngine next = LoyaltyEngine.builder().program(PROGRAM).store(store).build();
        Outcome review = next.handle(Activity.of("r2", MIA, Instant.parse("2026-01-21T12:00:00Z"), "review"));
        Outcome repeated = next.handle(Activity.of("r1", MIA, Instant.parse("2026-01-20T12:00:00Z"), "review"));

        assertThat(review.points("coins")).isEqualTo(10);
        assertThat(review.badges()).isEmpty();
        assertThat(repeated.status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(repeated.points("coins")).isEqualTo(10);
        assertThat(store.load(MIA).counters()).containsEntry("badge.critic", 1L).containsEntry("badge.all-about-me", 1L);
        assertThat(Optional.of(store.load(MIA).counter("activity.review"))).hasValue(2L);
    }
}
