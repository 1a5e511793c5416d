package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionCancel;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedemptionCancelTest {

    private static final MemberId ANNA = MemberId.of("anna");
    private static final Instant MON = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant TUE = Instant.parse("2026-03-03T10:00:00Z");

    private final InMemoryStore store = InMemoryStore.create();
    private final LoyaltyEngine engine = LoyaltyEngine.builder().program(Shop.program()).store(store).build();

    private Ledger ledger() {
        return Ledger.replay(engine.program().ledgerPolicy(), ANNA, store.load(ANNA).entries());
    }

    @Test
    void cancellingARedemptionGivesThePointsBackToTheirLotsWithTheirExpiryAndFreesTheLimit() {
        engine.handle(Enrollment.of(Shop.member("anna")));                                  // lot 1: 50, expires 2027-01-01
        engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "400.00", "beans"));           // lot 2: 400, expires 2027-03-02
        Outcome redeemed = engine.handle(RedemptionRequest.reward("redeem-1", ANNA, TUE, "mug"));
        assertThat(redeemed.entries()).singleElement().satisfies(entry ->
                assertThat(entry.allocations()).containsExactly(new Allocation(1, -50), new Allocation(2, -250)));

        Outcome cancelled = engine.handle(RedemptionCancel.of("cancel-1", ANNA, TUE.plusSeconds(3600), "redeem-1"));

        assertThat(cancelled.status()).isEqualTo(Outcome.Status.APPLIED);
        assertThat(cancelled.points("points")).isEqualTo(300);
        assertThat(cancelled.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.REVERSED);
            assertThat(entry.allocations()).containsExactly(new Allocation(1, 50), new Allocation(2, 250));
        });
        Ledger ledger = ledger();
        assertThat(ledger.lot(1)).extracting(Lot::remaining, Lot::expiresAt).containsExactly(50L, Instant.parse("2027-01-01T09:00:00Z"));
        assertThat(ledger.lot(2)).extracting(Lot::remaining, Lot::expiresAt).containsExactly(400L, Instant.parse("2027-03-02T10:00:00Z"));
        assertThat(ledger.balance("points", TUE.plusSeconds(7200)).available()).isEqualTo(450);
        assertThat(store.load(ANNA).counter("reward.mug")).isZero();
        assertThat(engine.handle(RedemptionRequest.reward("redeem-2", ANNA, TUE.plusSeconds(7200), "mug")).status())
                .isEqualTo(Outcome.Status.APPLIED);
    }

    @Test
    void aRedemptionIsCancelledOnceAndOnlyARedemptionThatSpentPointsCanBe() {
        engine.handle(Enrollment.of(Shop.member("anna")));
        engine.handle(Purchase.of("order-1", ANNA, MON, "EUR", "400.00", "beans"));
        engine.handle(RedemptionRequest.reward("redeem-1", ANNA, TUE, "mug"));
        engine.handle(RedemptionCancel.of("cancel-1", ANNA, TUE, "redeem-1"));
        long version = store.load(ANNA).version();

        Outcome twice = engine.handle(RedemptionCancel.of("cancel-2", ANNA, TUE, "redeem-1"));
        Outcome purchase = engine.handle(RedemptionCancel.of("cancel-3", ANNA, TUE, "order-1"));

        assertThat(twice.refusal()).hasValueSatisfying(no -> assertThat(no.code()).isEqualTo("ALREADY_REVERSED"));
        assertThat(purchase.refusal()).hasValueSatisfying(no -> {
            assertThat(no.code()).isEqualTo("NOT_REDEEMED");
            assertThat(no.message()).isEqualTo("member 'anna' has no redemption 'order-1' that spent points");
        });
        assertThat(store.load(ANNA).version()).isEqualTo(version);
        assertThat(engine.handle(RedemptionCancel.of("cancel-1", ANNA, TUE, "redeem-1")).status()).isEqualTo(Outcome.Status.REPEATED);
    }
}
