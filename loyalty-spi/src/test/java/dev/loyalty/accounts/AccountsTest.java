package dev.loyalty.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.DuplicateMemberException;
import dev.loyalty.core.IdempotencyConflictException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.Benefits;
import dev.loyalty.core.tier.Qualification;
import dev.loyalty.core.tier.Tier;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.core.tier.TierMetrics;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountsTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final MemberId ANNA = MemberId.of("anna");
    static final MemberId BEN = MemberId.of("ben");
    static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT,
            PointType.spendable("points", 0), PointType.status("status", 0));

    final LoyaltyStore store = InMemoryStore.create();
    final Accounts accounts = Accounts.builder().store(store).policy(POLICY).build();

    static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    void enroll(MemberId id) {
        accounts.enroll(Member.builder(id, "Member " + id, T0, ZoneOffset.UTC).build());
    }

    Posting earn(MemberId id, long amount, int day, String key) {
        return accounts.earn(id, Earn.of("points", amount, day(day), Reason.rule("base"), key));
    }

    @Test
    void aRetriedRequestReturnsTheFirstResultAndChangesNothing() {
        enroll(ANNA);
        Posting first = earn(ANNA, 100, 0, "order-1");
        Posting again = earn(ANNA, 100, 0, "order-1");

        assertThat(again).isEqualTo(new Posting.Posted(first.entries(), true));
        assertThat(accounts.ledger(ANNA).balance("points", day(0))).isEqualTo(new Balance(100, 0, 0));
        assertThat(store.load(ANNA).version()).isEqualTo(2);
        assertThatThrownBy(() -> earn(ANNA, 101, 0, "order-1"))
                .isInstanceOf(IdempotencyConflictException.class)
                .hasMessage("request key 'order-1' of member 'anna' was already used for a different request;"
                        + " use a new key for a new request");
        assertThat(store.load(ANNA).version()).isEqualTo(2);
    }

    @Test
    void aRefusedRedemptionChangesNothing() {
        enroll(ANNA);
        earn(ANNA, 100, 0, "order-1");

        Posting posting = accounts.redeem(ANNA, new Redeem("points", 150, day(1), Reason.rule("reward"), "r-1"));

        assertThat(posting).isEqualTo(new Posting.Refused(new Rejection(Rejection.Code.INSUFFICIENT_POINTS,
                "cannot redeem 150 'points': member 'anna' has 100 available")));
        assertThat(store.load(ANNA).version()).isEqualTo(2);
        assertThat(store.findReceipt(ANNA, "r-1")).isEmpty();
    }

    @Test
    void unknownAndDuplicateMembersAreSpecificErrors() {
        enroll(ANNA);

        assertThatThrownBy(() -> earn(BEN, 5, 0, "x")).isInstanceOf(UnknownMemberException.class)
                .hasMessage("unknown member 'ben': no member with this id is enrolled");
        assertThatThrownBy(() -> accounts.enroll(Member.builder(ANNA, "Someone Else", T0, ZoneOffset.UTC).build()))
                .isInstanceOf(DuplicateMemberException.class).hasMessage("member 'anna' is already enrolled");
        assertThat(store.load(ANNA).member().name()).isEqualTo("Member anna");
    }

    @Test
    void aTransferChangesBothMembersAtomically() {
        enroll(ANNA);
        enroll(BEN);
        earn(ANNA, 100, 0, "order-1");

        Posting posting = accounts.transfer(new Transfer(ANNA, BEN, "points", 40, day(1), Reason.request("gift"), "gift-1"));

        assertThat(posting.entries()).extracting(e -> e.member().value() + " " + e.kind() + " " + e.amount())
                .containsExactly("anna TRANSFERRED_OUT -40", "ben TRANSFERRED_IN 40");
        assertThat(accounts.ledger(ANNA).balance("points", day(1)).available()).isEqualTo(60);
        assertThat(accounts.ledger(BEN).balance("points", day(1)).available()).isEqualTo(40);
        assertThat(accounts.transfer(new Transfer(ANNA, BEN, "points", 40, day(1), Reason.request("gift"), "gift-1")))
                .isEqualTo(new Posting.Posted(posting.entries(), true));
    }

    @Test
    void advanceToExpiresAndActivatesWhatIsDueOnceAndCountsEachMemberOnce() {
        enroll(ANNA);
        enroll(BEN);
        accounts.earn(ANNA, Earn.of("points", 70, day(0), Reason.rule("base"), "a-1").expiringAt(day(10)));
        accounts.earn(ANNA, Earn.of("points", 30, day(0), Reason.rule("base"), "a-2").pendingUntil(day(7)));
        accounts.earn(BEN, Earn.of("points", 20, day(0), Reason.rule("base"), "b-1").expiringAt(day(30)));

        assertThat(accounts.advanceTo(day(12))).isEqualTo(new Sweep(1, 1, 1));
        assertThat(accounts.advanceTo(day(12))).isEqualTo(new Sweep(0, 0, 0));
        assertThat(accounts.ledger(ANNA).balance("points", day(12))).isEqualTo(new Balance(30, 0, 0));
        assertThat(accounts.ledger(ANNA).totals("points").get(EntryKind.EXPIRED)).isEqualTo(-70);
        assertThat(accounts.ledger(BEN).balance("points", day(12))).isEqualTo(new Balance(20, 0, 0));
    }

    @Test
    void concurrentSweepsOfTheSameInstantExpireEachLotOnceAndReportItOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            MemberId id = MemberId.of("m" + i);
            enroll(id);
            accounts.earn(id, Earn.of("points", 10 + i, day(0), Reason.rule("base"), "e").expiringAt(day(10)));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Sweep> sweep = () -> {
                start.await();
                return accounts.advanceTo(day(11));
            };
            var first = pool.submit(sweep);
            var second = pool.submit(sweep);
            start.countDown();
            Sweep a = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
            Sweep b = second.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(a.expired() + b.expired()).isEqualTo(200);
            assertThat(a.members() + b.members()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 200; i++) {
            assertThat(accounts.ledger(MemberId.of("m" + i)).totals("points"))
                    .isEqualTo(java.util.Map.of(EntryKind.EARNED, 10L + i, EntryKind.EXPIRED, -10L - i));
        }
    }

    @Test
    void tierChangesAreRecordedWithTheirReasonsUpgradeAtOnceDowngradeAfterGrace() {
        TierLadder ladder = new TierLadder(List.of(
                Tier.entry("bronze", "Bronze", Benefits.NONE),
                new Tier("silver", "Silver", 1, Qualification.all().withStatusPoints(1000), Benefits.NONE)),
                Period.ofMonths(3), Period.ofYears(1));
        enroll(ANNA);
        accounts.earn(ANNA, Earn.of("status", 1200, day(40), Reason.rule("status-earn"), "s-1"));
        TierMetrics metrics = TierMetrics.zero(Currency.getInstance("EUR"))
                .withStatusPoints(accounts.ledger(ANNA).earnedBetween("status", T0, day(41)));

        assertThat(accounts.updateTier(ANNA, ladder, metrics, day(41)).status())
                .isEqualTo(new TierStatus("silver", day(41), Optional.empty(), Instant.parse("2027-01-01T00:00:00Z")));
        Instant reevaluation = Instant.parse("2027-01-01T00:00:00Z");
        accounts.updateTier(ANNA, ladder, metrics.withStatusPoints(0), reevaluation);
        accounts.updateTier(ANNA, ladder, metrics.withStatusPoints(0), Instant.parse("2027-04-01T00:00:00Z"));

        assertThat(store.load(ANNA).tier()).map(TierStatus::tierId).contains("bronze");
        assertThat(store.load(ANNA).tierHistory()).extracting(TierChange::from, TierChange::to, TierChange::at, TierChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bronze", "silver", day(41), TierChange.Reason.QUALIFIED),
                        org.assertj.core.groups.Tuple.tuple("silver", "silver", reevaluation, TierChange.Reason.GRACE_STARTED),
                        org.assertj.core.groups.Tuple.tuple("silver", "bronze", Instant.parse("2027-04-01T00:00:00Z"),
                                TierChange.Reason.DOWNGRADED));
        long version = store.load(ANNA).version();
        accounts.updateTier(ANNA, ladder, metrics.withStatusPoints(0), Instant.parse("2027-05-01T00:00:00Z"));
        assertThat(store.load(ANNA).version()).as("nothing written when nothing changed").isEqualTo(version);
    }

    @Test
    void aStoredHistoryThatDoesNotAddUpIsReportedAsCorrupt() {
        enroll(ANNA);
        Posting posting = earn(ANNA, 100, 0, "order-1");
        var earned = posting.entries().get(0);
        var forged = new dev.loyalty.core.ledger.Entry(ANNA, 2, EntryKind.REDEEMED, "points", -150, day(1),
                Reason.rule("reward"), "forged", List.of(), List.of(new dev.loyalty.core.ledger.Allocation(1, -150)), 0,
                java.util.OptionalLong.empty(), Optional.empty());
        store.append(Append.of("forged", "fp", MemberChange.entries(ANNA, 2, List.of(forged), earned.lots())));

        assertThatThrownBy(() -> accounts.ledger(ANNA))
                .isInstanceOf(StoreException.class)
                .hasMessage("the stored ledger of member 'anna' is corrupt:"
                        + " entry anna#2 (REDEEMED) changes lot 1 (100 of 100 'points' left) by -150");
    }

    @Test
    void theBuilderNeedsAStoreAndAPolicyAndValidatesItsLimits() {
        assertThatThrownBy(() -> Accounts.builder().policy(POLICY).build()).hasMessage("store is required");
        assertThatThrownBy(() -> Accounts.builder().maxAttempts(0)).hasMessage("maxAttempts must be >= 1, but was 0");
        assertThatThrownBy(() -> Accounts.builder().pageSize(20_000))
                .hasMessage("pageSize must be 1 to 10000, but was 20000");
    }
}
