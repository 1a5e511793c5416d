package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.ReferralCode;
import dev.loyalty.rules.RewardGrant;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Referral;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The friends club (examples/src/main/resources/programs/friends-club): referral codes, number by number. */
class FriendsClubTest {

    private static final CompiledProgram PROGRAM =
            CompiledProgram.loadClasspath("programs/friends-club", FriendsClubTest.class.getClassLoader());
    private static final MemberId ANNA = MemberId.of("anna");
    private static final MemberId BEN = MemberId.of("ben");
    private static final MemberId CARLA = MemberId.of("carla");
    private static final MemberId DAVE = MemberId.of("dave");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).build();

    private static Enrollment enrollment(MemberId id, String at) {
        return Enrollment.of(Member.builder(id, id.value(), Instant.parse(at), ZoneId.of("Europe/Berlin")).build());
    }

    private Outcome buy(MemberId member, String id, String at, String total) {
        return engine.handle(Purchase.of(id, member, Instant.parse(at), "EUR", total, "shoes"));
    }

    private long points(MemberId member) {
        return store.load(member).entries().stream().mapToLong(Entry::amount).sum();
    }

    @Test
    void theInviterEarns20AtSignUpAnd100AtTheFirstPurchaseInTheInviteesAppend() {
        engine.handle(enrollment(ANNA, "2026-03-01T09:00:00Z"));
        String code = ReferralCode.of(ANNA);

        Outcome signUp = engine.handle(enrollment(BEN, "2026-03-02T09:00:00Z").referredBy(code));
        Outcome first = buy(BEN, "order-1", "2026-03-05T12:00:00Z", "35.00");
        Outcome second = buy(BEN, "order-2", "2026-03-06T12:00:00Z", "15.00");
        Outcome retried = engine.handle(enrollment(BEN, "2026-03-02T09:00:00Z").referredBy(code));

        assertThat(code).isEqualTo("anna-R55V");
        assertThat(signUp.status()).isEqualTo(Outcome.Status.APPLIED);
        assertThat(signUp.points("points")).isZero();
        assertThat(signUp.points(ANNA, "points")).isEqualTo(20);
        assertThat(signUp.rewards()).extracting(grant -> grant.reward().id()).containsExactly("welcome-ten");
        assertThat(signUp.rewards()).extracting(RewardGrant::pointsPaid).containsExactly(0L);
        assertThat(signUp.notifications()).extracting(OutboxMessage::member, OutboxMessage::template)
                .contains(org.assertj.core.groups.Tuple.tuple(ANNA, "friend-joined"));
        assertThat(store.findReceipt(BEN, "enroll:ben").orElseThrow().entries())
                .extracting(Entry::member, Entry::amount).containsExactly(org.assertj.core.groups.Tuple.tuple(ANNA, 20L));
        assertThat(store.load(BEN).member().attribute("referred-by")).hasValue("anna");
        assertThat(first.points("points")).isEqualTo(35);
        assertThat(first.points(ANNA, "points")).isEqualTo(100);
        assertThat(second.points(ANNA, "points")).isZero();
        assertThat(retried.status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(points(ANNA)).isEqualTo(120);
        assertThat(points(BEN)).isEqualTo(50);
        assertThat(store.load(ANNA).counters()).containsEntry("referrals.signed-up", 1L).containsEntry("referrals.first-purchase", 1L);
        assertThat(store.load(BEN).counters()).containsEntry("referred.signed-up", 1L).containsEntry("referred.first-purchase", 1L);
    }

    @Test
    void badCodesSelfReferralAndDoubleCountingAreRefusedAndChangeNothing() {
        engine.handle(enrollment(ANNA, "2026-03-01T09:00:00Z"));
        engine.handle(enrollment(BEN, "2026-03-02T09:00:00Z").referredBy(ReferralCode.of(ANNA)));
        String typo = "anna-R55W";

        Outcome invalid = engine.handle(enrollment(CARLA, "2026-03-03T09:00:00Z").referredBy(typo));
        Outcome self = engine.handle(enrollment(CARLA, "2026-03-03T09:00:00Z").referredBy(ReferralCode.of(CARLA)));
        Outcome unknown = engine.handle(enrollment(CARLA, "2026-03-03T09:00:00Z").referredBy(ReferralCode.of(DAVE)));
        boolean carlaEnrolledByNow = store.find(CARLA).isPresent();
        engine.handle(enrollment(CARLA, "2026-03-03T09:00:00Z"));
        Outcome twice = engine.handle(Referral.of("claim-1", ANNA, Instant.parse("2026-03-04T09:00:00Z"), BEN, "signed-up"));
        Outcome another = engine.handle(Referral.of("claim-2", CARLA, Instant.parse("2026-03-04T09:00:00Z"), BEN, "signed-up"));
        Outcome selfClaim = engine.handle(Referral.of("claim-3", ANNA, Instant.parse("2026-03-04T09:00:00Z"), ANNA, "signed-up"));

        assertThat(invalid.refusal()).map(Outcome.Refusal::code).hasValue("REFERRAL_CODE_INVALID");
        assertThat(self.refusal()).map(Outcome.Refusal::code).hasValue("SELF_REFERRAL");
        assertThat(unknown.refusal()).map(Outcome.Refusal::code).hasValue("REFERRAL_INVITER_UNKNOWN");
        assertThat(carlaEnrolledByNow).isFalse();
        assertThat(twice.refusal()).map(Outcome.Refusal::code).hasValue("REFERRAL_ALREADY_COUNTED");
        assertThat(another.refusal()).map(Outcome.Refusal::code).hasValue("REFERRED_BY_ANOTHER_MEMBER");
        assertThat(selfClaim.refusal()).map(Outcome.Refusal::code).hasValue("SELF_REFERRAL");
        assertThat(points(ANNA)).isEqualTo(20);
        assertThat(points(CARLA)).isZero();
    }

    @Test
    void aReferralTheHostReportsLinksTheInviteeAndItsFirstPurchaseCreditsTheInviter() {
        engine.handle(enrollment(CARLA, "2026-03-01T09:00:00Z"));
        engine.handle(enrollment(DAVE, "2026-03-02T09:00:00Z"));

        Outcome linked = engine.handle(Referral.of("claim-1", CARLA, Instant.parse("2026-03-02T10:00:00Z"), DAVE, "signed-up"));
        Outcome first = buy(DAVE, "order-1", "2026-03-07T12:00:00Z", "9.99");

        assertThat(linked.points("points")).isEqualTo(20);
        assertThat(store.load(DAVE).member().attribute("referred-by")).hasValue("carla");
        assertThat(first.points("points")).isEqualTo(9);
        assertThat(first.points(CARLA, "points")).isEqualTo(100);
        assertThat(first.rewards()).isEmpty();
        assertThat(points(CARLA)).isEqualTo(120);
    }
}
