package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.DuplicateMemberException;
import dev.loyalty.core.IdempotencyConflictException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoyaltyEngineTest {

    private static final MemberId ANNA = MemberId.of("anna");
    private static final Instant MON = Instant.parse("2026-03-02T10:00:00Z");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(Shop.program()).store(store).build();

    private long balance(MemberId member) {
        MemberState state = store.load(member);
        return Ledger.replay(engine.program().ledgerPolicy(), member, state.entries()).balance("points", MON.plusSeconds(86_400 * 30)).available();
    }

    @Test
    void enrollmentRunsTheWelcomeRulesAndQueuesTheWelcomeMessage() {
        Outcome outcome = engine.handle(Enrollment.of(Shop.member("anna")));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.APPLIED);
        assertThat(outcome.points("points")).isEqualTo(50);
        assertThat(outcome.notifications()).singleElement().satisfies(message -> {
            assertThat(message.template()).isEqualTo("welcome");
            assertThat(message.dedupeKey()).isEqualTo("enroll:anna/welcome");
            assertThat(message.data()).containsEntry("name", "Member anna");
        });
        assertThat(store.load(ANNA).tier()).hasValueSatisfying(tier -> assertThat(tier.tierId()).isEqualTo("bronze"));
        assertThat(engine.handle(Enrollment.of(Shop.member("anna"))).status()).isEqualTo(Outcome.Status.REPEATED);
    }

    @Test
    void aPurchaseEarnsOncePerIdAndAnotherEventWithTheSameIdIsAConflict() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        Purchase purchase = Purchase.of("order-1", ANNA, MON, "EUR", "42.90", "beans");

        Outcome first = engine.handle(purchase);
        Outcome again = engine.handle(purchase);

        assertThat(first.points("points")).isEqualTo(42);
        assertThat(first.points("status")).isEqualTo(42);
        assertThat(again.status()).isEqualTo(Outcome.Status.REPEATED);
        assertThat(again.entries()).isEqualTo(first.entries());
        assertThat(balance(ANNA)).isEqualTo(50 + 42);
        assertThat(store.load(ANNA).counter("purchases")).isEqualTo(1);
        assertThat(store.load(ANNA).counter("spend.EUR")).isEqualTo(4290);
        assertThatThrownBy(() -> engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "99.00", "beans")))
                .isInstanceOf(IdempotencyConflictException.class)
                .hasMessageContaining("order-1");
    }

    @Test
    void eventsOfUnknownMembersAndSecondEnrollmentsAreRefusedWithoutChangingAnything() {
        assertThatThrownBy(() -> engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "10.00", "beans")))
                .isInstanceOf(UnknownMemberException.class)
                .hasMessageContaining("anna");
        engine.handle(Enrollment.of(Shop.member("anna")));
        long version = store.load(ANNA).version();
        assertThatThrownBy(() -> engine.handle(Enrollment.of(Shop.member("anna").withName("Anna"))))
                .isInstanceOf(DuplicateMemberException.class)
                .hasMessageContaining("anna");
        assertThat(store.load(ANNA).version()).isEqualTo(version);
        assertThatThrownBy(() -> engine.handle(Purchase.of("order-0", ANNA, Instant.parse("2025-12-31T23:59:59Z"), "EUR", "1.00", "beans")))
                .isInstanceOf(dev.loyalty.core.InvalidRequestException.class)
                .hasMessage("purchase 'order-0' at 2025-12-31T23:59:59Z is before member 'anna' enrolled at 2026-01-01T09:00:00Z");
    }

    @Test
    void aLateEventDatedBeforeTheLastTierChangeKeepsTheTier() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        engine.handle(Purchase.of("order-2", ANNA, MON, "EUR", "1000.00", "machines"));
        Outcome late = engine.handle(Purchase.of("order-1", ANNA, MON.minusSeconds(3600), "EUR", "10.00", "beans"));

        assertThat(late.points("points")).isEqualTo(15);
        assertThat(store.load(ANNA).tier()).hasValueSatisfying(tier -> assertThat(tier.tierId()).isEqualTo("silver"));
    }

    @Test
    void theTierMovesUpAtOnceAndMultipliesFromTheNextPurchase() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        Outcome big = engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "1000.00", "machines"));
        Outcome next = engine.handle(Purchase.of("order-2", ANNA, MON.plusSeconds(60), "EUR", "10.00", "beans"));

        assertThat(big.points("points")).isEqualTo(1000);
        assertThat(store.load(ANNA).tier()).hasValueSatisfying(tier -> assertThat(tier.tierId()).isEqualTo("silver"));
        assertThat(next.points("points")).isEqualTo(15);
        assertThat(next.explanations()).first().satisfies(why -> {
            assertThat(why.rules()).containsExactly("base earn", "tier multiplier");
            assertThat(why.program()).hasValue("shop@1");
            assertThat(why.event()).hasValue("purchase");
        });
    }

    @Test
    void aFullRefundTakesBackWhatThePurchaseEarnedAlsoAfterPartOfItWasSpent() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "400.00", "machines"));
        Outcome redeemed = engine.handle(RedemptionRequest.reward("mug-1", ANNA, MON.plusSeconds(60), "mug"));
        assertThat(redeemed.points("points")).isEqualTo(-300);
        assertThat(balance(ANNA)).isEqualTo(150);

        Outcome refund = engine.handle(Refund.full("refund-1", ANNA, MON.plusSeconds(120), "order-1"));

        assertThat(refund.points("points")).isEqualTo(-400);
        assertThat(refund.points("status")).isEqualTo(-400);
        Ledger ledger = Ledger.replay(engine.program().ledgerPolicy(), ANNA, store.load(ANNA).entries());
        assertThat(ledger.balance("points", MON.plusSeconds(180)).available()).isEqualTo(-250);
        assertThat(ledger.debt("points")).isEqualTo(250);
        assertThat(refund.explanations()).allSatisfy(why -> {
            assertThat(why.source()).isEqualTo(Reason.Source.REQUEST);
            assertThat(why.rules()).containsExactly("base earn");
        });
    }

    @Test
    void aRefundUnderTheRejectPolicyIsRefusedWhenThePointsAreSpent() {
        LoyaltyEngine strict = LoyaltyEngine.builder().program(Shop.program("1", "reject")).store(store).build();
        strict.handle(Enrollment.of(Shop.member("anna")));
        strict.handle(Purchase.of("order-1", ANNA, MON, "EUR", "400.00", "machines"));
        strict.handle(RedemptionRequest.reward("mug-1", ANNA, MON.plusSeconds(60), "mug"));
        long version = store.load(ANNA).version();

        Outcome refund = strict.handle(Refund.full("refund-1", ANNA, MON.plusSeconds(120), "order-1"));

        assertThat(refund.status()).isEqualTo(Outcome.Status.REFUSED);
        assertThat(refund.refusal()).hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("INSUFFICIENT_POINTS"));
        assertThat(store.load(ANNA).version()).isEqualTo(version);
    }

    @Test
    void aPartialRefundTakesBackTheRefundedShareRoundedDown() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "45.00", "beans"));

        Outcome refund = engine.handle(Refund.partial("refund-1", ANNA, MON.plusSeconds(60), "order-1", "10.00"));

        assertThat(refund.points("points")).isEqualTo(-10);
        assertThat(balance(ANNA)).isEqualTo(50 + 35);
        assertThatThrownBy(() -> engine.handle(Refund.partial("refund-2", ANNA, MON, "order-1", "50.00")))
                .hasMessage("refund 'refund-2' of 50.00 is more than purchase 'order-1' paid (45.00)");
    }

    @Test
    void redemptionsAreRefusedByRulesByLimitsAndForTooFewPoints() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        Outcome tooFew = engine.handle(RedemptionRequest.reward("mug-1", ANNA, MON, "mug"));
        assertThat(tooFew.refusal()).hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("INSUFFICIENT_POINTS"));

        engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "900.00", "machines"));
        Instant sunday = Instant.parse("2026-03-08T10:00:00Z");
        Outcome closed = engine.handle(RedemptionRequest.reward("mug-2", ANNA, sunday, "mug"));
        assertThat(closed.refusal()).hasValue(new Outcome.Refusal("CLOSED", "No mugs on Sunday", Optional.of("no mugs on sunday")));

        Outcome mug = engine.handle(RedemptionRequest.reward("mug-3", ANNA, MON.plusSeconds(60), "mug"));
        assertThat(mug.rewards()).singleElement().satisfies(grant -> assertThat(grant.pointsPaid()).isEqualTo(300));
        assertThat(mug.notifications()).extracting(message -> message.template()).containsExactly("reward-issued");
        Outcome second = engine.handle(RedemptionRequest.reward("mug-4", ANNA, MON.plusSeconds(120), "mug"));
        assertThat(second.refusal()).hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("LIMIT_REACHED"));
        assertThat(balance(ANNA)).isEqualTo(50 + 900 - 300);
    }

    @Test
    void everyEntryTheEngineMakesIsExplainedByItsRulesAndProgramVersion() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "20.00", "beans"));
        engine.handle(Activity.of("review-1", ANNA, MON, "review"));
        engine.reload(Shop.program("2", "debt"));
        engine.handle(Purchase.of("order-2", ANNA, MON, "EUR", "30.00", "beans"));
        engine.handle(Refund.full("refund-1", ANNA, MON, "order-1"));

        List<Explanation> explanations = store.load(ANNA).entries().stream().map(Explanation::of).toList();

        assertThat(explanations).extracting(Explanation::toString).containsExactly(
                "#1 RULE:welcome by welcome (shop@1)",
                "#2 RULE:base earn by base earn (shop@1)",
                "#3 RULE:base earn by base earn (shop@1)",
                "#4 RULE:review by review: thanks for your review (shop@1)",
                "#5 RULE:base earn by base earn (shop@2)",
                "#6 RULE:base earn by base earn (shop@2)",
                "#7 REQUEST:refund by base earn (shop@2)",
                "#8 REQUEST:refund by base earn (shop@2)");
        assertThat(store.load(ANNA).entries()).extracting(entry -> entry.kind()).containsExactly(EntryKind.EARNED,
                EntryKind.EARNED, EntryKind.EARNED, EntryKind.EARNED, EntryKind.EARNED, EntryKind.EARNED,
                EntryKind.REVERSED, EntryKind.REVERSED);
    }

    @Test
    void aPurchaseInAnotherCurrencyIsRefusedAndARuleNamingAnUnknownPointTypeFailsByName() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        long version = store.load(ANNA).version();
        assertThatThrownBy(() -> engine.handle(Purchase.of("order-1", ANNA, MON, "USD", "10.00", "beans")))
                .isInstanceOf(dev.loyalty.core.InvalidRequestException.class)
                .hasMessage("purchase 'order-1' is in USD, but program 'shop' counts EUR");

        // The loader refuses unknown point types written as literals; one computed at run time fails the rule.
        String drl = Shop.DRL.replace("decisions.award(\"points\", 5)", "String type = \"pts\" + \"x\"; decisions.award(type, 5)");
        engine.reload(dev.loyalty.rules.CompiledProgram.compile(Shop.YAML.formatted("2", "debt"), java.util.Map.of("rules/shop.drl", drl)));
        assertThatThrownBy(() -> engine.handle(Activity.of("review-1", ANNA, MON, "review")))
                .isInstanceOf(dev.loyalty.rules.RuleException.class)
                .hasMessageStartingWith("rule 'review': unknown point type 'ptsx'");
        assertThat(store.load(ANNA).version()).isEqualTo(version);
    }
}
