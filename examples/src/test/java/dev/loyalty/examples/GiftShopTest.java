package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.RewardGrant;
import dev.loyalty.rules.facts.Checkout;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionCancel;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.reward.Bought;
import dev.loyalty.rules.reward.CheckoutQuote;
import dev.loyalty.rules.reward.Deduction;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The gift-shop example program (examples/src/main/resources/programs/gift-shop), number by number. */
class GiftShopTest {

    private static final MemberId ANNA = MemberId.of("anna");
    private static final MemberId BOB = MemberId.of("bob");
    private static final MemberId CARL = MemberId.of("carl");

    private static final CompiledProgram PROGRAM = CompiledProgram.loadClasspath("programs/gift-shop", GiftShopTest.class.getClassLoader());
    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).random(RandomSource.seeded(2026)).build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private void enroll(MemberId id) {
        engine.handle(Enrollment.of(Member.builder(id, id.value(), at("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Amsterdam"))
                .birthday(LocalDate.of(1990, 12, 2)).build()));
    }

    private long balance(MemberId member, String pointType, String at) {
        return Ledger.replay(PROGRAM.ledgerPolicy(), member, store.load(member).entries()).balance(pointType, at(at)).available();
    }

    private String redeem(MemberId member, String id, String reward) {
        Outcome outcome = engine.handle(RedemptionRequest.reward(id, member, at("2026-12-03T10:00:00Z"), reward));
        assertThat(outcome.status()).isEqualTo(Outcome.Status.APPLIED);
        return outcome.rewards().get(0).code().orElse("");
    }

    @Test
    void pointsBuyCodesAndCouponsThatPayAtTheTillWithTheWallet() {
        enroll(ANNA);
        Outcome purchase = engine.handle(Purchase.of("order-1", ANNA, at("2026-12-02T10:00:00Z"), "EUR", "200.00", "gifts"));
        assertThat(purchase.points("points")).isEqualTo(2_000);
        assertThat(purchase.points("cashback")).isEqualTo(400);                                // 4.00 EUR
        assertThat(purchase.rewards()).singleElement().satisfies(gift -> {                    // her birthday
            assertThat(gift.reward().id()).isEqualTo("birthday-five");
            assertThat(gift.code()).hasValueSatisfying(code -> assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}"));
        });
        String birthday = purchase.rewards().get(0).code().orElseThrow();

        String twenty = redeem(ANNA, "redeem-1", "twenty-off");
        String coupon = redeem(ANNA, "redeem-2", "coupon-10");
        assertThat(balance(ANNA, "points", "2026-12-03T11:00:00Z")).isEqualTo(500);
        assertThat(store.findCode(twenty)).hasValueSatisfying(code -> {
            assertThat(code.member()).isEqualTo(ANNA);
            assertThat(code.value()).isEqualTo(20);
            assertThat(code.expiresAt()).isEqualTo(at("2027-01-02T10:00:00Z"));            // 30 days
        });
        assertThat(store.findCode(coupon)).hasValueSatisfying(code -> assertThat(code.value()).isEqualTo(1_000));

        // 20 % of 10.00 is 2.00; the coupon pays the other 8.00 and keeps 2.00.
        Outcome first = engine.handle(Checkout.of("till-1", ANNA, at("2026-12-05T10:00:00Z"), "EUR", "10.00")
                .withCode(twenty.toLowerCase()).withCode(coupon).withWallet("5.00"));
        CheckoutQuote paid = first.checkout().orElseThrow();
        assertThat(paid.deductions()).extracting(Deduction::amount).map(Object::toString).containsExactly("2.00", "8.00");
        assertThat(paid.toPay()).hasToString("0.00");
        assertThat(store.budgetUsed("coupon:" + coupon)).isEqualTo(800);

        // The coupon's last 2.00, then 3.00 of the 4.00 cashback.
        Outcome second = engine.handle(Checkout.of("till-2", ANNA, at("2026-12-06T10:00:00Z"), "EUR", "5.00")
                .withCode(coupon).withWallet("5.00"));
        assertThat(second.checkout().orElseThrow().deducted(Deduction.Kind.COUPON)).hasToString("2.00");
        assertThat(second.checkout().orElseThrow().deducted(Deduction.Kind.WALLET)).hasToString("3.00");
        assertThat(second.points("cashback")).isEqualTo(-300);
        assertThat(balance(ANNA, "cashback", "2026-12-06T11:00:00Z")).isEqualTo(100);

        long version = store.load(ANNA).version();
        Outcome again = engine.handle(Checkout.of("till-3", ANNA, at("2026-12-07T10:00:00Z"), "EUR", "30.00").withCode(twenty));
        Outcome spent = engine.handle(Checkout.of("till-4", ANNA, at("2026-12-07T10:00:00Z"), "EUR", "30.00").withCode(coupon));
        Outcome late = engine.handle(Checkout.of("till-5", ANNA, at("2026-12-09T10:00:00Z"), "EUR", "30.00").withCode(birthday));
        assertThat(again.refusal().orElseThrow().code()).isEqualTo("CODE_USED");
        assertThat(spent.refusal().orElseThrow().code()).isEqualTo("CODE_USED");
        assertThat(late.refusal().orElseThrow().message()).isEqualTo("code '" + birthday + "' expired at 2026-12-09T10:00:00Z");
        assertThat(store.load(ANNA).version()).isEqualTo(version);
        enroll(BOB);
        assertThat(engine.handle(Checkout.of("till-6", BOB, at("2026-12-07T10:00:00Z"), "EUR", "30.00").withCode(birthday))
                .refusal().orElseThrow().code()).isEqualTo("UNKNOWN_CODE");
    }

    @Test
    void aCancelledRedemptionVoidsItsCodeAndOneWhoseCodeWasUsedCannotBeCancelled() {
        enroll(ANNA);
        engine.handle(Purchase.of("order-1", ANNA, at("2026-12-01T10:00:00Z"), "EUR", "200.00", "gifts"));
        String used = redeem(ANNA, "redeem-1", "twenty-off");
        String unused = redeem(ANNA, "redeem-2", "twenty-off");
        engine.handle(Checkout.of("till-1", ANNA, at("2026-12-04T10:00:00Z"), "EUR", "20.00").withCode(used));

        Outcome refused = engine.handle(RedemptionCancel.of("cancel-1", ANNA, at("2026-12-05T10:00:00Z"), "redeem-1"));
        Outcome cancelled = engine.handle(RedemptionCancel.of("cancel-2", ANNA, at("2026-12-05T10:00:00Z"), "redeem-2"));

        assertThat(refused.refusal().orElseThrow().message())
                .isEqualTo("code '" + used + "' of redemption 'redeem-1' was used, so the redemption cannot be cancelled");
        assertThat(cancelled.points("points")).isEqualTo(500);
        assertThat(balance(ANNA, "points", "2026-12-05T11:00:00Z")).isEqualTo(1_500);
        assertThat(engine.handle(Checkout.of("till-2", ANNA, at("2026-12-06T10:00:00Z"), "EUR", "20.00").withCode(unused))
                .refusal().orElseThrow().code()).isEqualTo("CODE_USED");
    }

    @Test
    void theLastToteBagsGoToTheFirstAndAReturnedOneToTheNext() {
        for (MemberId member : new MemberId[] {ANNA, BOB, CARL}) {
            enroll(member);
            engine.handle(Purchase.of("order-" + member, member, at("2026-12-01T10:00:00Z"), "EUR", "50.00", "gifts"));
        }

        redeem(ANNA, "tote-anna", "tote-bag");
        redeem(BOB, "tote-bob", "tote-bag");
        Outcome carl = engine.handle(RedemptionRequest.reward("tote-carl", CARL, at("2026-12-03T10:00:00Z"), "tote-bag"));
        assertThat(carl.refusal()).hasValueSatisfying(no -> {
            assertThat(no.code()).isEqualTo("OUT_OF_STOCK");
            assertThat(no.message()).isEqualTo("reward 'tote-bag' is out of stock");
        });
        assertThat(balance(CARL, "points", "2026-12-03T11:00:00Z")).isEqualTo(500);

        Outcome returned = engine.handle(RedemptionCancel.of("return-anna", ANNA, at("2026-12-04T10:00:00Z"), "tote-anna"));
        assertThat(returned.points("points")).isEqualTo(300);
        Outcome second = engine.handle(RedemptionRequest.reward("tote-carl-2", CARL, at("2026-12-04T11:00:00Z"), "tote-bag"));

        assertThat(second.rewards()).extracting(RewardGrant::pointsPaid).containsExactly(300L);
        assertThat(store.budgetUsed("stock:gift-shop/tote-bag")).isEqualTo(3);
        assertThat(store.budgetUsed("stock-returned:gift-shop/tote-bag")).isEqualTo(1);
        assertThat(balance(ANNA, "points", "2026-12-04T12:00:00Z")).isEqualTo(500);
        assertThat(balance(CARL, "points", "2026-12-04T12:00:00Z")).isEqualTo(200);
    }

    @Test
    void moneyBuysTheGiftBoxAtTheTillWithItsCodeWithinStockLimitAndSeason() {
        for (MemberId member : new MemberId[] {ANNA, BOB, CARL}) {
            enroll(member);
        }
        engine.handle(Purchase.of("order-1", ANNA, at("2026-12-02T10:00:00Z"), "EUR", "200.00", "gifts"));

        Outcome anna = engine.handle(Checkout.of("till-1", ANNA, at("2026-12-05T10:00:00Z"), "EUR", "10.00")
                .withReward("gift-box").withWallet("4.00"));

        CheckoutQuote quote = anna.checkout().orElseThrow();
        assertThat(quote.bought()).containsExactly(new Bought("gift-box", new BigDecimal("15.00")));
        assertThat(quote.orderTotal()).isEqualByComparingTo("10.00");
        assertThat(quote.total()).isEqualTo(new BigDecimal("25.00"));
        assertThat(quote.deducted(Deduction.Kind.WALLET)).isEqualTo(new BigDecimal("4.00"));
        assertThat(quote.toPay()).isEqualTo(new BigDecimal("21.00"));
        RewardGrant box = anna.rewards().get(0);
        assertThat(box.reward().id()).isEqualTo("gift-box");
        assertThat(box.pointsPaid()).isZero();
        assertThat(box.code().orElseThrow()).hasSize(12);
        assertThat(store.findCode(box.code().get()).orElseThrow().expiresAt()).isEqualTo(at("2027-01-04T10:00:00Z"));
        assertThat(balance(ANNA, "points", "2026-12-05T11:00:00Z")).isEqualTo(2_000);
        assertThat(balance(ANNA, "cashback", "2026-12-05T11:00:00Z")).isZero();

        assertThat(refusal(ANNA, "till-2", "2026-12-06T10:00:00Z")).isEqualTo("LIMIT_REACHED");
        assertThat(engine.handle(Checkout.of("till-3", BOB, at("2026-12-06T10:00:00Z"), "EUR", "0.00").withReward("gift-box"))
                .checkout().orElseThrow().toPay()).isEqualTo(new BigDecimal("15.00"));
        assertThat(refusal(CARL, "till-4", "2026-12-06T10:00:00Z")).isEqualTo("OUT_OF_STOCK");
        assertThat(refusal(CARL, "till-5", "2026-12-31T23:00:00Z")).isEqualTo("REWARD_NOT_AVAILABLE");
        assertThat(engine.handle(RedemptionRequest.reward("swap", CARL, at("2026-12-06T10:00:00Z"), "gift-box"))
                .refusal().orElseThrow().code()).isEqualTo("BOUGHT_WITH_MONEY");
        assertThat(store.budgetUsed("stock:gift-shop/gift-box")).isEqualTo(2);
        assertThat(store.load(CARL).counter("reward.gift-box")).isZero();
    }

    private String refusal(MemberId member, String id, String at) {
        return engine.handle(Checkout.of(id, member, at(at), "EUR", "5.00").withReward("gift-box")).refusal().orElseThrow().code();
    }
}
