package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Compensation;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.MembershipPayment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.memory.InMemoryPartnerCodes;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vip-club example program (examples/src/main/resources/programs/vip-club), number by number. */
class VipClubTest {

    private static final MemberId ZOE = MemberId.of("zoe");
    private static final MemberId YANN = MemberId.of("yann");

    private static final CompiledProgram PROGRAM = CompiledProgram.loadClasspath("programs/vip-club", VipClubTest.class.getClassLoader());
    private final InMemoryStore store = InMemoryStore.create();
    private final InMemoryPartnerCodes cinema = InMemoryPartnerCodes.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).partnerCodes(cinema)
            .random(RandomSource.seeded(7)).build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private void enroll(MemberId id) {
        engine.handle(Enrollment.of(Member.builder(id, id.value(), at("2027-01-04T09:00:00Z"), ZoneId.of("Europe/London")).build()));
    }

    private long buy(MemberId member, String id, String at, String total) {
        return engine.handle(Purchase.of(id, member, at(at), "GBP", total, "shoes")).points("points");
    }

    private Outcome redeem(MemberId member, String id, String at, String reward) {
        return engine.handle(RedemptionRequest.reward(id, member, at(at), reward));
    }

    @Test
    void aPaidMembershipDoublesPointsUntilItsGraceRunsOutAndARenewalStartsAfresh() {
        enroll(ZOE);
        assertThat(buy(ZOE, "order-1", "2027-01-05T12:00:00Z", "300.00")).isEqualTo(300);

        Outcome paid = engine.handle(MembershipPayment.of("vip-1", ZOE, at("2027-01-06T12:00:00Z"), "vip", "49.00"));
        assertThat(paid.notifications()).singleElement().satisfies(message -> {
            assertThat(message.template()).isEqualTo("membership-started");
            assertThat(message.data()).containsEntry("paidUntil", "2028-01-06T12:00:00Z");
        });
        assertThat(buy(ZOE, "order-2", "2027-01-07T12:00:00Z", "300.00")).isEqualTo(600);
        assertThat(buy(ZOE, "order-3", "2028-01-19T12:00:00Z", "100.00")).isEqualTo(200);   // in the 14 days' grace
        assertThat(buy(ZOE, "order-4", "2028-01-20T12:00:00Z", "100.00")).isEqualTo(100);   // the grace is over

        engine.handle(MembershipPayment.of("vip-2", ZOE, at("2028-01-22T12:00:00Z"), "vip", "49.00"));
        assertThat(store.load(ZOE).counter("membership.vip.until")).isEqualTo(at("2029-01-22T12:00:00Z").getEpochSecond());
        assertThat(buy(ZOE, "order-5", "2028-01-23T12:00:00Z", "100.00")).isEqualTo(200);
    }

    @Test
    void goldMembersRedeemTheDropEarlyAndCinemaTicketsComeFromThePartnersPoolUntilItIsEmpty() {
        cinema.add("cinema", List.of("CIN-0001"));
        enroll(ZOE);
        enroll(YANN);
        buy(ZOE, "order-1", "2027-01-05T12:00:00Z", "2300.00");                              // gold: 2,300 status points
        buy(YANN, "order-2", "2027-01-05T12:00:00Z", "900.00");

        Outcome early = redeem(ZOE, "drop-zoe", "2027-02-27T10:00:00Z", "sneaker-drop");
        Outcome tooEarly = redeem(YANN, "drop-yann", "2027-02-27T10:00:00Z", "sneaker-drop");
        Outcome ticket = redeem(ZOE, "cinema-zoe", "2027-02-27T11:00:00Z", "cinema-ticket");
        Outcome none = redeem(YANN, "cinema-yann", "2027-02-27T11:00:00Z", "cinema-ticket");

        assertThat(early.points("points")).isEqualTo(-1_500);
        assertThat(tooEarly.refusal().orElseThrow().code()).isEqualTo("REWARD_NOT_AVAILABLE");
        assertThat(ticket.rewards().get(0).code()).contains("CIN-0001");
        assertThat(ticket.points("points")).isEqualTo(-800);
        assertThat(none.refusal().orElseThrow().message()).isEqualTo("partner pool 'cinema' has no code left for reward 'cinema-ticket'");
        assertThat(store.load(YANN).counter("reward.cinema-ticket")).isZero();
        assertThat(redeem(ZOE, "cinema-zoe", "2027-02-27T11:00:00Z", "cinema-ticket").status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(cinema.remaining("cinema")).isZero();
    }

    @Test
    void anOperatorMakesUpWithAFreeCoffeeOrPointsAndBothAreAudited() {
        enroll(YANN);

        Outcome coffee = engine.handle(Compensation.reward("care-1", YANN, at("2027-01-10T12:00:00Z"), "sam", "late delivery",
                "free-coffee"));
        Outcome points = engine.handle(Compensation.points("care-2", YANN, at("2027-01-11T12:00:00Z"), "sam", "broken box",
                "points", 250));

        assertThat(coffee.rewards().get(0).code()).hasValueSatisfying(code ->
                assertThat(store.findCode(code).orElseThrow().expiresAt()).isEqualTo(at("2027-02-09T12:00:00Z")));
        assertThat(coffee.notifications()).filteredOn(message -> message.template().equals("compensation")).singleElement()
                .satisfies(message -> assertThat(message.data()).containsEntry("operator", "sam").containsEntry("reason", "late delivery")
                        .containsEntry("reward", "free-coffee"));
        assertThat(points.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.amount()).isEqualTo(250);
            assertThat(entry.reason().source()).isEqualTo(Reason.Source.OPERATOR);
            assertThat(entry.reason().name()).isEqualTo("sam");
            assertThat(entry.reason().details()).containsEntry("why", "broken box");
        });
        assertThat(store.load(YANN).counter("compensations")).isEqualTo(2);
    }
}
