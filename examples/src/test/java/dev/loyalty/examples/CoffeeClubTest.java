package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.member.Member;
import dev.loyalty.notify.NotificationDispatcher;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The coffee-shop club example program (examples/src/main/resources/programs/coffee-club), number by number. */
class CoffeeClubTest {

    private static final MemberId ANNA = MemberId.of("anna");
    private static final MemberId BOB = MemberId.of("bob");
    private static final Instant ENROLLED = Instant.parse("2026-11-01T09:00:00Z");

    private final CompiledProgram program = CompiledProgram.loadClasspath("programs/coffee-club", getClass().getClassLoader());
    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(program).store(store).random(RandomSource.seeded(2026)).build();

    private void enroll(MemberId id, String zone, LocalDate birthday) {
        Member member = Member.builder(id, id.value(), ENROLLED, ZoneId.of(zone)).birthday(birthday).build();
        engine.handle(Enrollment.of(member));
    }

    private Outcome buy(MemberId member, String id, String at, Line... lines) {
        Purchase purchase = Purchase.of(id, member, Instant.parse(at), "EUR");
        for (Line line : lines) {
            purchase = purchase.withLine(line);
        }
        return engine.handle(purchase);
    }

    private Ledger ledger(MemberId member) {
        return Ledger.replay(program.ledgerPolicy(), member, store.load(member).entries());
    }

    @Test
    void baseEarnRoundsDownExcludesDeliveryAndCapsEachOrderAt500() {
        enroll(ANNA, "Europe/Berlin", LocalDate.of(1990, 12, 5));

        Outcome first = buy(ANNA, "order-1", "2026-11-20T10:00:00Z", Line.of("BEANS-1KG", "beans", 1, "12.90"), Line.delivery("4.95"));
        Outcome machine = buy(ANNA, "order-2", "2026-11-21T10:00:00Z", Line.of("ESPRESSO-3000", "machines", 1, "800.00"));
        Outcome small = buy(ANNA, "order-3", "2026-11-22T10:00:00Z", Line.of("BEANS-250G", "beans", 1, "4.50"));

        assertThat(first.entries()).extracting(entry -> entry.pointType() + " " + entry.amount() + " " + entry.reason().name())
                .containsExactly("points 12 base earn", "status 12 base earn", "points 100 first purchase bonus");
        assertThat(first.entries().get(0).lots()).singleElement()
                .extracting(Lot::expiresAt).isEqualTo(Instant.parse("2027-11-20T10:00:00Z"));
        assertThat(machine.points("points")).isEqualTo(500);
        assertThat(machine.points("status")).isEqualTo(800);
        assertThat(machine.explanations().get(0).rules()).containsExactly("base earn");
        assertThat(small.entries()).isEmpty();
        assertThat(ledger(ANNA).balance("points", Instant.parse("2026-11-23T00:00:00Z")).available()).isEqualTo(612);
    }

    @Test
    void silverDoublesBeansDuringTheBeansWeekInTheProgramsTimeZone() {
        enroll(ANNA, "Europe/Berlin", LocalDate.of(1990, 12, 5));
        buy(ANNA, "order-1", "2026-11-21T10:00:00Z", Line.of("ESPRESSO-3000", "machines", 1, "800.00"));
        Outcome silver = buy(ANNA, "order-2", "2026-11-25T10:00:00Z", Line.of("GRINDER", "machines", 1, "250.00"));
        assertThat(silver.points("points")).isEqualTo(250);
        assertThat(store.load(ANNA).tier()).hasValueSatisfying(tier -> assertThat(tier.tierId()).isEqualTo("silver"));

        Outcome inWeek = buy(ANNA, "order-3", "2026-12-02T10:00:00Z",
                Line.of("BEANS-1KG", "beans", 1, "20.00"), Line.of("CUP", "cups", 2, "5.00"));
        Outcome lastHour = buy(ANNA, "order-4", "2026-12-07T22:30:00Z", Line.of("BEANS-1KG", "beans", 1, "20.00"));
        Outcome afterWeek = buy(ANNA, "order-5", "2026-12-07T23:30:00Z", Line.of("BEANS-1KG", "beans", 1, "20.00"));

        assertThat(inWeek.points("points")).isEqualTo(75);
        assertThat(inWeek.explanations().get(0)).satisfies(why -> {
            assertThat(why.rules()).containsExactlyInAnyOrder("base earn", "tier multiplier", "beans week");
            assertThat(why.campaign()).hasValue("beans-double");
            assertThat(why.program()).hasValue("coffee-club@2026.12.1");
        });
        assertThat(lastHour.points("points")).isEqualTo(60);
        assertThat(afterWeek.points("points")).isEqualTo(30);
        assertThat(afterWeek.explanations().get(0).campaign()).isEmpty();

        // 800 + 250 + 30 + 20 + 20 = 1,120 status points; 1,880 more make 3,000: gold, which earns double.
        buy(ANNA, "order-6", "2026-12-09T10:00:00Z", Line.of("ROASTER", "machines", 1, "1880.00"));
        assertThat(store.load(ANNA).tier()).hasValueSatisfying(tier -> assertThat(tier.tierId()).isEqualTo("gold"));
        assertThat(buy(ANNA, "order-7", "2026-12-10T10:00:00Z", Line.of("CUP", "cups", 1, "10.00")).points("points")).isEqualTo(20);
    }

    @Test
    void theBirthdayBonusFollowsTheMembersOwnTimeZoneAndExpiresIn30Days() {
        enroll(ANNA, "Europe/Berlin", LocalDate.of(1990, 12, 5));
        enroll(BOB, "America/New_York", LocalDate.of(1985, 12, 5));

        // 2026-12-05T23:30Z is 6 December in Berlin but 18:30 on 5 December in New York.
        Outcome anna = buy(ANNA, "order-1", "2026-12-05T23:30:00Z", Line.of("CUP", "cups", 1, "10.00"));
        Outcome bob = buy(BOB, "order-1", "2026-12-05T23:30:00Z", Line.of("CUP", "cups", 1, "10.00"));

        assertThat(anna.entries()).extracting(entry -> entry.reason().name())
                .containsExactly("base earn", "base earn", "first purchase bonus");
        assertThat(bob.points("points")).isEqualTo(10 + 100 + 200);
        assertThat(bob.entries()).filteredOn(entry -> entry.reason().name().equals("birthday bonus")).singleElement()
                .satisfies(entry -> assertThat(entry.lots().get(0).expiresAt()).isEqualTo(Instant.parse("2027-01-04T23:30:00Z")));
    }

    @Test
    void fiveHundredPointsBuyTwentyPercentOffAndTheRestExpiresLotByLot() {
        enroll(ANNA, "Europe/Berlin", LocalDate.of(1990, 12, 5));
        enroll(BOB, "America/New_York", LocalDate.of(1985, 12, 5));
        enroll(MemberId.of("cleo"), "Europe/Berlin", LocalDate.of(2000, 1, 1));
        buy(ANNA, "order-1", "2026-11-20T10:00:00Z", Line.of("BEANS-1KG", "beans", 1, "12.90"));
        buy(ANNA, "order-2", "2026-11-21T10:00:00Z", Line.of("ESPRESSO-3000", "machines", 1, "800.00"));
        buy(BOB, "order-1", "2026-11-21T10:00:00Z", Line.of("CUP", "cups", 1, "10.00"));

        Outcome discount = engine.handle(RedemptionRequest.reward("redeem-1", ANNA, Instant.parse("2026-12-10T10:00:00Z"), "twenty-off"));
        Outcome tooFew = engine.handle(RedemptionRequest.reward("redeem-1", BOB, Instant.parse("2026-12-10T10:00:00Z"), "twenty-off"));
        Outcome noPurchase = engine.handle(RedemptionRequest.reward("redeem-1", MemberId.of("cleo"),
                Instant.parse("2026-12-10T10:00:00Z"), "twenty-off"));

        assertThat(discount.points("points")).isEqualTo(-500);
        assertThat(discount.rewards()).singleElement().satisfies(grant -> {
            assertThat(grant.reward().kind()).isEqualTo(RewardConfig.Kind.DISCOUNT);
            assertThat(grant.reward().percent()).hasValue(20);
            assertThat(grant.pointsPaid()).isEqualTo(500);
        });
        assertThat(discount.explanations()).extracting(Explanation::name).containsExactly("twenty-off");
        assertThat(tooFew.refusal()).hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("INSUFFICIENT_POINTS"));
        assertThat(noPurchase.refusal()).hasValue(new Outcome.Refusal("NO_PURCHASE_YET",
                "Buy something first, then your 500 points get you 20 % off.", Optional.of("twenty-off needs a purchase")));
        // 12 + 100 + 500 = 612 earned; the redemption spent the lots that expire first: 12, 100 and 388 of 500.
        assertThat(ledger(ANNA).balance("points", Instant.parse("2026-12-10T10:00:00Z")).available()).isEqualTo(112);

        // A year on, Anna's last 112 of that lot expire, and so do Bob's 10 and 100, earned the same minute;
        // both have been away a year, so the same run wins them back with 500 points each, valid a week.
        Advance yearOn = engine.advanceTo(Instant.parse("2027-11-21T10:00:00Z"));
        assertThat(List.of(yearOn.expired(), yearOn.winBacks())).containsExactly(3L, 2L);
        assertThat(ledger(BOB).balance("points", Instant.parse("2027-11-21T10:00:00Z")).available()).isEqualTo(500);
        assertThat(ledger(ANNA).balance("points", Instant.parse("2027-11-21T10:00:00Z")).available()).isEqualTo(500);
        assertThat(ledger(ANNA).entries()).filteredOn(entry -> entry.kind() == EntryKind.EXPIRED).last().satisfies(entry -> {
            assertThat(entry.amount()).isEqualTo(-112);
            assertThat(entry.at()).isEqualTo(Instant.parse("2027-11-21T10:00:00Z"));
        });
    }

    @Test
    void aMemberAwayMoreThan180DaysGetsOne500PointWinBackThatLastsAWeek() {
        engine.handle(Enrollment.of(Member.builder(ANNA, "anna", Instant.parse("2026-05-01T09:00:00Z"), ZoneId.of("Europe/Berlin")).build()));
        buy(ANNA, "order-1", "2026-06-01T10:00:00Z", Line.of("CUP", "cups", 1, "10.00"));   // away from here on

        Advance day180 = engine.advanceTo(Instant.parse("2026-11-28T10:00:00Z"));
        Advance day181 = engine.advanceTo(Instant.parse("2026-11-29T10:00:00Z"));
        Advance again = engine.advanceTo(Instant.parse("2026-12-01T10:00:00Z"));
        List<String> sent = new ArrayList<>();
        NotificationDispatcher.builder().store(store).clock(Clock.fixed(Instant.parse("2026-12-01T11:00:00Z"), ZoneOffset.UTC))
                .channel(message -> sent.add(message.createdAt() + " " + message.data().get("text"))).build().dispatchDue();

        assertThat(List.of(day180.winBacks(), day181.winBacks(), again.winBacks())).containsExactly(0L, 1L, 0L);
        assertThat(ledger(ANNA).entries()).filteredOn(entry -> entry.reason().name().equals("win-back")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.pointType() + " " + entry.amount() + " " + entry.at()).isEqualTo("points 500 2026-11-29T10:00:00Z");
                    assertThat(entry.lots()).singleElement().extracting(Lot::expiresAt).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
                });
        assertThat(sent).containsExactly("2026-11-29T10:00:00Z We missed you, anna! 500 points for your next coffee are waiting until 2026-12-06.");
        assertThat(ledger(ANNA).balance("points", Instant.parse("2026-12-06T09:59:59Z")).available()).isEqualTo(10 + 100 + 500);
        assertThat(engine.advanceTo(Instant.parse("2026-12-06T10:00:00Z")).expired()).isEqualTo(1);
        assertThat(ledger(ANNA).balance("points", Instant.parse("2026-12-06T10:00:00Z")).available()).isEqualTo(10 + 100);
    }

    @Test
    void fiveHundredPointsBuyATwentyPercentCodeForTheTill() {
        enroll(ANNA, "Europe/Berlin", LocalDate.of(1990, 12, 5));
        buy(ANNA, "order-1", "2026-11-21T10:00:00Z", Line.of("ESPRESSO-3000", "machines", 1, "800.00"));

        Outcome code = engine.handle(RedemptionRequest.reward("redeem-1", ANNA, Instant.parse("2026-12-10T10:00:00Z"), "twenty-off-code"));

        assertThat(code.points("points")).isEqualTo(-500);
        assertThat(code.rewards()).singleElement().satisfies(grant -> {
            assertThat(grant.pointsPaid()).isEqualTo(500);
            assertThat(grant.code()).hasValueSatisfying(text -> {
                assertThat(text).matches("[0-9A-HJKMNP-TV-Z]{12}");
                assertThat(store.findCode(text)).hasValueSatisfying(issued -> {
                    assertThat(issued.member()).isEqualTo(ANNA);
                    assertThat(issued.value()).isEqualTo(20);
                    assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2027-01-09T10:00:00Z"));
                });
            });
        });
        assertThat(ledger(ANNA).balance("points", Instant.parse("2026-12-10T10:00:00Z")).available()).isEqualTo(500 + 100 - 500);
    }
}
