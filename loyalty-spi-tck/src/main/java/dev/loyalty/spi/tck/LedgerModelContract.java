package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.accounts.Posting;
import dev.loyalty.accounts.Sweep;
import dev.loyalty.core.IdempotencyConflictException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.tck.model.ModelRun;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The model-based ledger contract: a store passes when {@code Accounts} over it agrees with an independent
 * reference model of the ledger rules for many random command sequences, and on a few worked examples.
 *
 * <p>Seeds: {@code -Dloyalty.model.seeds=N} runs seeds {@link ModelRun#BASE_SEED} to {@code BASE_SEED + N - 1}
 * (1,000 by default); {@code -Dloyalty.model.seed=S} runs only seed {@code S}, as a failure's message says.
 */
public abstract class LedgerModelContract {

    private static final String PTS = "pts";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final MemberId M1 = MemberId.of("m1");
    private static final MemberId M2 = MemberId.of("m2");

    /** A new, empty store for each call. */
    protected abstract LoyaltyStore newStore();

    /**
     * Runs the model-based test for one seed against stores from {@link #newStore()}.
     *
     * @throws AssertionError naming the seed and the commands up to the failing step
     */
    public final void runSeed(long seed) {
        ModelRun.run(seed, this::newStore);
    }

    @Test
    public void required_ledgerAgreesWithTheModelForEverySeed() {
        Long only = Long.getLong("loyalty.model.seed");
        if (only != null) {
            runSeed(only);
            return;
        }
        int seeds = Integer.getInteger("loyalty.model.seeds", 1000);
        for (int i = 0; i < seeds; i++) {
            runSeed(ModelRun.BASE_SEED + i);
        }
    }

    @Test
    public void required_example_redemptionTakesSoonestExpiryFirstAndAnEmptiedLotExpiresNothing() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        accounts.earn(M1, earn(100, T0, "e1").expiringAt(day(30)));
        accounts.earn(M1, earn(50, T0, "e2"));

        Posting redeemed = accounts.redeem(M1, redeem(120, day(1), "r1"));

        assertThat(only(redeemed).allocations()).containsExactly(new Allocation(1, -100), new Allocation(2, -20));
        assertThat(accounts.advanceTo(day(31))).isEqualTo(new Sweep(0, 0, 0));
        assertThat(accounts.ledger(M1).lots()).extracting(Lot::remaining).containsExactly(0L, 30L);
        assertThat(accounts.ledger(M1).balance(PTS, day(31))).isEqualTo(new Balance(30, 0, 0));
        assertThat(accounts.ledger(M1).size()).isEqualTo(3);
    }

    @Test
    public void required_example_expiredLotsAreNotSpendableBeforeTheSweepWhichExpiresThemOnce() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        accounts.earn(M1, earn(40, T0, "e1").expiringAt(day(10)));
        accounts.earn(M1, earn(60, T0.plus(Duration.ofHours(1)), "e2").expiringAt(day(10)));
        accounts.earn(M1, earn(10, T0, "e3"));

        assertThat(only(accounts.redeem(M1, redeem(50, T0.plus(Duration.ofHours(2)), "r1"))).allocations())
                .containsExactly(new Allocation(1, -40), new Allocation(2, -10));
        assertThat(accounts.ledger(M1).balance(PTS, day(11))).isEqualTo(new Balance(10, 0, 0));
        assertThat(code(accounts.redeem(M1, redeem(20, day(11), "r2")))).isEqualTo(Rejection.Code.INSUFFICIENT_POINTS);

        assertThat(accounts.advanceTo(day(11))).isEqualTo(new Sweep(1, 0, 1));
        assertThat(accounts.advanceTo(day(12))).isEqualTo(new Sweep(0, 0, 0));

        Entry expired = accounts.ledger(M1).entry(5);
        assertThat(List.of(expired.kind(), expired.amount(), expired.lot(), expired.at()))
                .containsExactly(EntryKind.EXPIRED, -50L, OptionalLong.of(2), day(10));
        assertThat(accounts.ledger(M1).size()).isEqualTo(5);
        assertThat(accounts.ledger(M1).balance(PTS, day(12))).isEqualTo(new Balance(10, 0, 0));
    }

    @Test
    public void required_example_reversingASpentEarnLeavesDebtThatTheNextEarnRepays() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        spendThenEarn(accounts);

        Entry reversal = only(accounts.reverse(M1, Reversal.of(1, day(1), Reason.request("refund"), "v1")));

        assertThat(List.of(reversal.kind(), reversal.amount(), reversal.debtChange(), reversal.reference()))
                .containsExactly(EntryKind.REVERSED, -100L, 50L, Optional.of(new EntryRef(M1, 1)));
        assertThat(reversal.allocations()).containsExactly(new Allocation(1, -20), new Allocation(2, -30));
        assertThat(accounts.ledger(M1).balance(PTS, day(1))).isEqualTo(new Balance(-50, 0, 50));

        Entry repaying = only(accounts.earn(M1, earn(70, day(2), "e3")));
        assertThat(List.of(repaying.amount(), repaying.debtChange())).containsExactly(70L, -50L);
        assertThat(repaying.allocations()).containsExactly(new Allocation(3, -50));
        assertThat(accounts.ledger(M1).balance(PTS, day(2))).isEqualTo(new Balance(20, 0, 0));

        Accounts strict = accounts(ReversalPolicy.REJECT);
        spendThenEarn(strict);
        assertThat(code(strict.reverse(M1, Reversal.of(1, day(1), Reason.request("refund"), "v1"))))
                .isEqualTo(Rejection.Code.INSUFFICIENT_POINTS);
        assertThat(strict.ledger(M1).size()).isEqualTo(3);
        assertThat(strict.ledger(M1).balance(PTS, day(1))).isEqualTo(new Balance(50, 0, 0));
    }

    @Test
    public void required_example_anEarnReversalTakesFromOtherPointsOnlyWhatDebtDoesNotClaim() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        accounts.earn(M1, earn(100, T0, "e1"));
        accounts.earn(M1, earn(70, T0, "e2"));
        accounts.redeem(M1, redeem(100, T0, "r1"));
        accounts.redeem(M1, redeem(70, T0, "r2"));
        accounts.reverse(M1, Reversal.partial(1, 60, day(1), Reason.request("refund"), "v1"));
        accounts.reverse(M1, Reversal.of(3, day(2), Reason.request("refund"), "v2"));
        assertThat(accounts.ledger(M1).balance(PTS, day(2))).as("lot 1 holds 100 again, 60 of them owed")
                .isEqualTo(new Balance(40, 0, 60));

        Entry reversal = only(accounts.reverse(M1, Reversal.of(2, day(3), Reason.request("refund"), "v3")));

        assertThat(reversal.allocations()).containsExactly(new Allocation(1, -40));
        assertThat(List.of(reversal.amount(), reversal.debtChange())).containsExactly(-70L, 30L);
        assertThat(accounts.ledger(M1).balance(PTS, day(3))).isEqualTo(new Balance(-30, 0, 90));
    }

    @Test
    public void required_example_reversalsRestoreRedemptionsOnceAndCancelPendingEarns() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        accounts.earn(M1, earn(100, T0, "e1").expiringAt(day(30)));
        accounts.earn(M1, earn(50, T0, "e2"));
        accounts.redeem(M1, redeem(120, day(1), "r1"));

        Entry restored = only(accounts.reverse(M1, Reversal.of(3, day(2), Reason.request("refund"), "v1")));
        assertThat(List.of(restored.kind(), restored.amount())).containsExactly(EntryKind.REVERSED, 120L);
        assertThat(restored.allocations()).containsExactly(new Allocation(1, 100), new Allocation(2, 20));
        assertThat(code(accounts.reverse(M1, Reversal.of(3, day(2), Reason.request("refund"), "v2"))))
                .isEqualTo(Rejection.Code.ALREADY_REVERSED);

        accounts.earn(M1, earn(200, day(2), "e3").pendingUntil(day(9)));
        Entry cancelled = only(accounts.reverse(M1, Reversal.partial(5, 50, day(3), Reason.request("refund"), "v3")));
        assertThat(List.of(cancelled.kind(), cancelled.amount(), cancelled.lot())).containsExactly(EntryKind.CANCELLED, -50L, OptionalLong.of(3));
        assertThat(accounts.ledger(M1).balance(PTS, day(3))).isEqualTo(new Balance(150, 150, 0));

        assertThat(accounts.advanceTo(day(9))).isEqualTo(new Sweep(0, 1, 1));
        assertThat(accounts.ledger(M1).balance(PTS, day(9))).isEqualTo(new Balance(300, 0, 0));
        assertThat(accounts.advanceTo(day(31))).isEqualTo(new Sweep(1, 0, 1));
        assertThat(accounts.ledger(M1).entry(8).amount()).isEqualTo(-100);
        assertThat(accounts.ledger(M1).balance(PTS, day(31))).isEqualTo(new Balance(200, 0, 0));
    }

    @Test
    public void required_example_retriesRepeatTheFirstPostingAndTransfersKeepTheSourceDates() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        Posting first = accounts.earn(M1, earn(100, T0, "k1").expiringAt(day(30)));

        assertThat(accounts.earn(M1, earn(100, T0, "k1").expiringAt(day(30))))
                .isEqualTo(new Posting.Posted(first.entries(), true));
        assertThatThrownBy(() -> accounts.earn(M1, earn(101, T0, "k1").expiringAt(day(30))))
                .isInstanceOf(IdempotencyConflictException.class);

        Transfer gift = new Transfer(M1, M2, PTS, 60, day(1), Reason.request("gift"), "t1");
        Posting moved = accounts.transfer(gift);
        assertThat(moved.entries()).extracting(Entry::member, Entry::kind, Entry::amount)
                .containsExactly(tuple(M1, EntryKind.TRANSFERRED_OUT, -60L),
                        tuple(M2, EntryKind.TRANSFERRED_IN, 60L));
        assertThat(accounts.transfer(gift)).isEqualTo(new Posting.Posted(moved.entries(), true));
        assertThat(accounts.ledger(M2).lots())
                .containsExactly(new Lot(1, PTS, 60, 60, T0, day(1), day(30), Lot.State.ACTIVE));
        assertThat(accounts.earn(M2, earn(5, day(1), "k1"))).isInstanceOfSatisfying(Posting.Posted.class,
                posted -> assertThat(posted.repeated()).as("a key is scoped to its owner").isFalse());
        assertThat(accounts.ledger(M1).size()).isEqualTo(2);
        assertThat(accounts.ledger(M2).balance(PTS, day(1))).isEqualTo(new Balance(65, 0, 0));
    }

    @Test
    public void required_sweepCountsEachChangedMemberOnce() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        accounts.earn(M1, earn(10, T0, "e1").expiringAt(day(5)));
        accounts.earn(M1, earn(20, T0, "e2").pendingUntil(day(5)));

        assertThat(accounts.advanceTo(day(5))).as("one expiry and one activation, both of member m1")
                .isEqualTo(new Sweep(1, 1, 1));
    }

    @Test
    public void required_example_aRetriedRequestDatedBeforeALotActivatedNeverSpendsIt() {
        Accounts accounts = accounts(ReversalPolicy.DEBT);
        Transfer gift = new Transfer(M1, M2, PTS, 50, T0, Reason.request("gift"), "t1");
        assertThat(code(accounts.transfer(gift))).isEqualTo(Rejection.Code.INSUFFICIENT_POINTS);
        accounts.earn(M1, earn(100, day(1), "e1"));

        assertThat(code(accounts.transfer(gift))).as("the same transfer, dated before lot 1 existed")
                .isEqualTo(Rejection.Code.INSUFFICIENT_POINTS);
        assertThat(accounts.ledger(M1).balance(PTS, T0)).isEqualTo(new Balance(0, 100, 0));
        assertThat(accounts.ledger(M1).balance(PTS, day(1))).isEqualTo(new Balance(100, 0, 0));
        assertThat(accounts.ledger(M2).size()).isZero();
    }

    private Accounts accounts(ReversalPolicy reversal) {
        Accounts accounts = Accounts.builder().store(newStore())
                .policy(LedgerPolicy.of(reversal, PointType.spendable(PTS, 0))).build();
        accounts.enroll(Member.builder(M1, "Member 1", T0, ZoneOffset.UTC).build());
        accounts.enroll(Member.builder(M2, "Member 2", T0, ZoneOffset.UTC).build());
        return accounts;
    }

    /** Earn 100 (entry 1, lot 1), redeem 80 of it (entry 2), earn 30 (entry 3, lot 2). */
    private static void spendThenEarn(Accounts accounts) {
        accounts.earn(M1, earn(100, T0, "e1"));
        accounts.redeem(M1, redeem(80, T0, "r1"));
        accounts.earn(M1, earn(30, T0, "e2"));
    }

    private static Earn earn(long amount, Instant at, String key) {
        return Earn.of(PTS, amount, at, Reason.rule("base-earn"), key);
    }

    private static Redeem redeem(long amount, Instant at, String key) {
        return new Redeem(PTS, amount, at, Reason.rule("reward"), key);
    }

    private static Instant day(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    private static Entry only(Posting posting) {
        assertThat(posting).isInstanceOf(Posting.Posted.class);
        assertThat(posting.entries()).hasSize(1);
        return posting.entries().get(0);
    }

    private static Rejection.Code code(Posting posting) {
        assertThat(posting).isInstanceOf(Posting.Refused.class);
        return ((Posting.Refused) posting).rejection().code();
    }
}
