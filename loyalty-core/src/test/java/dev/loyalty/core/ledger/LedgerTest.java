package dev.loyalty.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final MemberId ANNA = MemberId.of("anna");
    static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT,
            PointType.spendable("points", 0), PointType.status("status", 0));

    static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    static Ledger accepted(LedgerResult result) {
        assertThat(result).isInstanceOf(Accepted.class);
        return ((Accepted) result).ledger();
    }

    static List<Entry> entriesOf(LedgerResult result) {
        assertThat(result).isInstanceOf(Accepted.class);
        return ((Accepted) result).entries();
    }

    static Ledger earn(Ledger ledger, long amount, Instant at, Instant expiresAt, String key) {
        return accepted(ledger.earn(Earn.of("points", amount, at, Reason.rule("base"), key).expiringAt(expiresAt)));
    }

    @Test
    void earningCreatesALotAndCreditsTheBalance() {
        LedgerResult result = Ledger.empty(POLICY, ANNA).earn(Earn.of("points", 120, day(0), Reason.rule("base"), "o1"));

        Entry entry = entriesOf(result).get(0);
        assertThat(entry.kind()).isEqualTo(EntryKind.EARNED);
        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.amount()).isEqualTo(120);
        assertThat(entry.lots()).containsExactly(
                new Lot(1, "points", 120, 120, day(0), day(0), Lot.NEVER, Lot.State.ACTIVE));
        assertThat(accepted(result).balance("points", day(0))).isEqualTo(new Balance(120, 0, 0));
    }

    @Test
    void redemptionTakesSoonestExpiryFirstThenEarliestEarnedThenLotId() {
        Ledger ledger = Ledger.empty(POLICY, ANNA);
        ledger = earn(ledger, 50, day(0), Lot.NEVER, "a");   // lot 1: never expires
        ledger = earn(ledger, 30, day(1), day(60), "b");     // lot 2: expires day 60
        ledger = earn(ledger, 40, day(2), day(30), "c");     // lot 3: expires day 30
        ledger = earn(ledger, 20, day(0), day(60), "d");     // lot 4: expires day 60, earned before lot 2

        LedgerResult result = ledger.redeem(new Redeem("points", 100, day(3), Reason.rule("reward"), "r"));

        Entry redemption = entriesOf(result).get(0);
        assertThat(redemption.amount()).isEqualTo(-100);
        assertThat(redemption.allocations()).containsExactly(
                new Allocation(3, -40), new Allocation(4, -20), new Allocation(2, -30), new Allocation(1, -10));
        assertThat(accepted(result).balance("points", day(3))).isEqualTo(new Balance(40, 0, 0));
    }

    @Test
    void redeemingMoreThanAvailableIsRejectedAndChangesNothing() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), Lot.NEVER, "a");

        LedgerResult result = ledger.redeem(new Redeem("points", 101, day(1), Reason.rule("reward"), "r"));

        assertThat(result).isEqualTo(new Rejection(Rejection.Code.INSUFFICIENT_POINTS,
                "cannot redeem 101 'points': member 'anna' has 100 available"));
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aLotPastItsExpiryIsNotSpendableBeforeTheSweepAndExpiresExactlyOnce() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), day(30), "a");
        ledger = accepted(ledger.redeem(new Redeem("points", 30, day(10), Reason.rule("reward"), "r")));

        assertThat(ledger.balance("points", day(29))).isEqualTo(new Balance(70, 0, 0));
        assertThat(ledger.balance("points", day(30))).isEqualTo(new Balance(0, 0, 0));
        assertThat(ledger.redeem(new Redeem("points", 1, day(30), Reason.rule("reward"), "r2")))
                .isInstanceOf(Rejection.class);

        Accepted swept = ledger.expire(day(45), "sweep-45");
        assertThat(swept.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.EXPIRED);
            assertThat(e.amount()).isEqualTo(-70);
            assertThat(e.at()).isEqualTo(day(30));
            assertThat(e.allocations()).containsExactly(new Allocation(1, -70));
        });
        assertThat(swept.ledger().expire(day(60), "sweep-60").entries()).isEmpty();
        assertThat(swept.ledger().totals("points")).isEqualTo(Map.of(
                EntryKind.EARNED, 100L, EntryKind.REDEEMED, -30L, EntryKind.EXPIRED, -70L));
    }

    @Test
    void pendingPointsActivateAtTheirInstantOrAreCancelledByReversal() {
        Ledger ledger = accepted(Ledger.empty(POLICY, ANNA)
                .earn(Earn.of("points", 80, day(0), Reason.rule("base"), "o1").pendingUntil(day(14))));
        assertThat(ledger.balance("points", day(1))).isEqualTo(new Balance(0, 80, 0));
        assertThat(ledger.activate(day(13), "act-13").entries()).isEmpty();

        Accepted activated = ledger.activate(day(14), "act-14");
        assertThat(activated.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.ACTIVATED);
            assertThat(e.amount()).isEqualTo(80);
            assertThat(e.lot()).hasValue(1);
        });
        assertThat(activated.ledger().balance("points", day(14))).isEqualTo(new Balance(80, 0, 0));

        LedgerResult cancelled = ledger.reverse(Reversal.of(1, day(5), Reason.rule("refund"), "refund-1"));
        Entry cancel = entriesOf(cancelled).get(0);
        assertThat(cancel.kind()).isEqualTo(EntryKind.CANCELLED);
        assertThat(cancel.amount()).isEqualTo(-80);
        assertThat(accepted(cancelled).lot(1).state()).isEqualTo(Lot.State.CANCELLED);
        assertThat(accepted(cancelled).balance("points", day(20))).isEqualTo(Balance.ZERO);
        assertThat(accepted(cancelled).activate(day(20), "act-20").entries()).isEmpty();
    }

    @Test
    void reversingARedemptionRestoresTheExactLotsOnce() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 60, day(0), day(30), "a");
        ledger = earn(ledger, 60, day(1), day(90), "b");
        ledger = accepted(ledger.redeem(new Redeem("points", 100, day(2), Reason.rule("reward"), "r")));

        LedgerResult result = ledger.reverse(Reversal.of(3, day(3), Reason.rule("cancelled-order"), "undo"));

        Entry reversal = entriesOf(result).get(0);
        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSED);
        assertThat(reversal.amount()).isEqualTo(100);
        assertThat(reversal.allocations()).containsExactly(new Allocation(1, 60), new Allocation(2, 40));
        assertThat(reversal.reference()).hasValue(new EntryRef(ANNA, 3));
        Ledger after = accepted(result);
        assertThat(after.lot(1).remaining()).isEqualTo(60);
        assertThat(after.lot(2).remaining()).isEqualTo(60);
        assertThat(after.reverse(Reversal.of(3, day(4), Reason.rule("again"), "undo-2")))
                .isEqualTo(new Rejection(Rejection.Code.ALREADY_REVERSED, "entry anna#3 was already reversed"));
    }

    @Test
    void reversingASpentEarnTakesTheRestFromOtherLotsThenRecordsDebtThatLaterEarningsRepayFirst() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), Lot.NEVER, "purchase-1");   // lot 1
        ledger = earn(ledger, 30, day(1), Lot.NEVER, "purchase-2");                               // lot 2
        ledger = accepted(ledger.redeem(new Redeem("points", 120, day(2), Reason.rule("reward"), "r")));
        assertThat(ledger.balance("points", day(2))).isEqualTo(new Balance(10, 0, 0));

        LedgerResult refund = ledger.reverse(Reversal.of(1, day(3), Reason.rule("refund"), "refund-1"));

        Entry reversal = entriesOf(refund).get(0);
        assertThat(reversal.amount()).isEqualTo(-100);
        assertThat(reversal.allocations()).containsExactly(new Allocation(2, -10));
        assertThat(reversal.debtChange()).isEqualTo(90);
        Ledger inDebt = accepted(refund);
        assertThat(inDebt.balance("points", day(3))).isEqualTo(new Balance(-90, 0, 90));

        LedgerResult repay = inDebt.earn(Earn.of("points", 50, day(4), Reason.rule("base"), "purchase-3"));
        Entry earn = entriesOf(repay).get(0);
        assertThat(earn.amount()).isEqualTo(50);
        assertThat(earn.allocations()).containsExactly(new Allocation(3, -50));
        assertThat(earn.debtChange()).isEqualTo(-50);
        assertThat(accepted(repay).balance("points", day(4))).isEqualTo(new Balance(-40, 0, 40));
    }

    @Test
    void underTheRejectPolicyAReversalThatCannotBeTakenBackIsRefused() {
        LedgerPolicy strict = LedgerPolicy.of(ReversalPolicy.REJECT, PointType.spendable("points", 0));
        Ledger ledger = accepted(Ledger.empty(strict, ANNA).earn(Earn.of("points", 100, day(0), Reason.rule("b"), "p1")));
        ledger = accepted(ledger.redeem(new Redeem("points", 70, day(1), Reason.rule("reward"), "r")));

        assertThat(ledger.reverse(Reversal.of(1, day(2), Reason.rule("refund"), "x"))).isEqualTo(new Rejection(
                Rejection.Code.INSUFFICIENT_POINTS,
                "cannot reverse 100 'points' of entry anna#1: member 'anna' has only 30 left and the program does not allow debt"));
        assertThat(entriesOf(ledger.reverse(Reversal.partial(1, 30, day(2), Reason.rule("refund"), "y"))).get(0).amount())
                .isEqualTo(-30);
    }

    @Test
    void partialReversalsOfAnEarnNeverExceedWhatItEarnedLessWhatExpired() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), day(30), "p1");
        ledger = accepted(ledger.redeem(new Redeem("points", 40, day(1), Reason.rule("reward"), "r")));
        ledger = ledger.expire(day(31), "sweep").ledger();                                       // 60 expire
        Ledger reversed = accepted(ledger.reverse(Reversal.partial(1, 25, day(32), Reason.rule("refund"), "x")));

        assertThat(reversed.reversedAmount(1)).isEqualTo(25);
        assertThat(reversed.balance("points", day(32))).isEqualTo(new Balance(-25, 0, 25));
        assertThatThrownBy(() -> reversed.reverse(Reversal.partial(1, 16, day(33), Reason.rule("refund"), "y")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("cannot reverse 16 of entry anna#1: only 15 of its 100 are left to reverse");
    }

    @Test
    void transferKeepsTheSourceLotsDatesAndRepaysTheReceiversDebt() {
        MemberId ben = MemberId.of("ben");
        Ledger anna = earn(Ledger.empty(POLICY, ANNA), 30, day(0), day(40), "a1");
        anna = earn(anna, 50, day(1), day(90), "a2");
        Ledger benLedger = earn(Ledger.empty(POLICY, ben), 10, day(0), Lot.NEVER, "b1");
        benLedger = accepted(benLedger.redeem(new Redeem("points", 10, day(1), Reason.rule("reward"), "b2")));
        benLedger = accepted(benLedger.reverse(Reversal.of(1, day(2), Reason.rule("refund"), "b3"))); // ben owes 10

        TransferResult result = Ledger.transfer(anna, benLedger,
                new Transfer(ANNA, ben, "points", 60, day(3), Reason.request("gift"), "gift-1"));

        Transferred done = (Transferred) result;
        Entry out = done.from().entries().get(0);
        Entry in = done.to().entries().get(0);
        assertThat(out.amount()).isEqualTo(-60);
        assertThat(out.allocations()).containsExactly(new Allocation(1, -30), new Allocation(2, -30));
        assertThat(out.reference()).hasValue(new EntryRef(ben, 4));
        assertThat(in.amount()).isEqualTo(60);
        assertThat(in.lots()).containsExactly(
                new Lot(2, "points", 30, 30, day(0), day(3), day(40), Lot.State.ACTIVE),
                new Lot(3, "points", 30, 30, day(1), day(3), day(90), Lot.State.ACTIVE));
        assertThat(in.allocations()).containsExactly(new Allocation(2, -10));
        assertThat(in.debtChange()).isEqualTo(-10);
        assertThat(done.from().ledger().balance("points", day(3))).isEqualTo(new Balance(20, 0, 0));
        assertThat(done.to().ledger().balance("points", day(3))).isEqualTo(new Balance(50, 0, 0));
    }

    @Test
    void adjustmentsCreditALotOrTakeInSpendOrder() {
        Ledger ledger = accepted(Ledger.empty(POLICY, ANNA)
                .adjust(Adjustment.of("points", 25, day(0), Reason.operator("eve", "goodwill"), "adj-1")));
        assertThat(ledger.lot(1).amount()).isEqualTo(25);
        LedgerResult down = ledger.adjust(Adjustment.of("points", -5, day(1), Reason.operator("eve", "typo"), "adj-2"));
        assertThat(entriesOf(down).get(0).allocations()).containsExactly(new Allocation(1, -5));
        assertThat(ledger.adjust(Adjustment.of("points", -26, day(1), Reason.operator("eve", "x"), "adj-3")))
                .isInstanceOf(Rejection.class);
    }

    @Test
    void replayingTheEntriesRebuildsTheSameLedger() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), day(30), "a");
        ledger = earn(ledger, 40, day(1), Lot.NEVER, "b");
        ledger = accepted(ledger.redeem(new Redeem("points", 120, day(2), Reason.rule("reward"), "r")));
        ledger = accepted(ledger.reverse(Reversal.of(2, day(3), Reason.rule("refund"), "x")));
        ledger = ledger.expire(day(31), "sweep").ledger();

        Ledger replayed = Ledger.replay(POLICY, ANNA, ledger.entries());

        assertThat(replayed).isEqualTo(ledger);
        assertThat(replayed.lots()).isEqualTo(ledger.lots());
        assertThat(replayed.balance("points", day(31))).isEqualTo(ledger.balance("points", day(31)));
        assertThat(replayed.debt("points")).isEqualTo(20);

        Ledger restored = Ledger.restore(POLICY, ANNA, ledger.entries(), ledger.lots());

        assertThat(restored).isEqualTo(ledger);
        assertThat(restored.lots()).isEqualTo(ledger.lots());
        assertThat(restored.balance("points", day(31))).isEqualTo(ledger.balance("points", day(31)));
        assertThat(restored.debt("points")).isEqualTo(20);
        assertThat(restored.reversedAmount(2)).isEqualTo(40);
        Ledger more = earn(restored, 50, day(32), Lot.NEVER, "c");
        assertThat(more.lots()).extracting(Lot::id).containsExactly(1L, 2L, 3L);
        assertThat(more.balance("points", day(32)).available()).isEqualTo(30);
    }

    @Test
    void restoreRefusesLotsThatTheEntriesDidNotMake() {
        Ledger ledger = earn(earn(Ledger.empty(POLICY, ANNA), 100, day(0), Lot.NEVER, "a"), 40, day(1), Lot.NEVER, "b");
        List<Lot> lots = ledger.lots();

        assertThatThrownBy(() -> Ledger.restore(POLICY, ANNA, ledger.entries(), lots.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member 'anna' has 1 lots, but its 2 entries made 2");
        assertThatThrownBy(() -> Ledger.restore(POLICY, ANNA, ledger.entries().subList(0, 1), lots))
                .hasMessage("lot 2 of member 'anna' was not made by one of its 1 entries, or is listed twice");
        assertThatThrownBy(() -> Ledger.restore(POLICY, ANNA, ledger.entries().subList(1, 2), lots.subList(0, 1)))
                .hasMessage("entry anna#2 (EARNED) is out of sequence: the next entry must be #1");
    }

    @Test
    void replayRefusesAHistoryThatDoesNotAddUp() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), Lot.NEVER, "a");
        ledger = accepted(ledger.redeem(new Redeem("points", 80, day(1), Reason.rule("reward"), "r")));
        Entry redemption = ledger.entry(2);
        Entry twice = new Entry(ANNA, 3, EntryKind.REDEEMED, "points", -80, day(2), redemption.reason(), "r-again",
                List.of(), redemption.allocations(), 0, redemption.lot(), redemption.reference());
        List<Entry> doubleSpent = List.of(ledger.entry(1), redemption, twice);

        assertThatThrownBy(() -> Ledger.replay(POLICY, ANNA, doubleSpent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry anna#3 (REDEEMED) changes lot 1 (20 of 100 'points' left) by -80");
        assertThatThrownBy(() -> Ledger.replay(POLICY, ANNA, List.of(redemption)))
                .hasMessage("entry anna#2 (REDEEMED) is out of sequence: the next entry must be #1");
    }

    @Test
    void badRequestsFailWithPreciseMessages() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), Lot.NEVER, "a");

        assertThatThrownBy(() -> Earn.of("points", -5, day(0), Reason.rule("base"), "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be > 0, but was -5");
        assertThatThrownBy(() -> ledger.earn(Earn.of("miles", 5, day(0), Reason.rule("base"), "k")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("unknown point type 'miles'; the program has points, status");
        assertThatThrownBy(() -> ledger.redeem(new Redeem("status", 5, day(0), Reason.rule("reward"), "k")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("point type 'status' is STATUS and cannot be redeemed");
        assertThatThrownBy(() -> ledger.reverse(Reversal.of(7, day(0), Reason.rule("refund"), "k")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("member 'anna' has no entry #7 (it has 1 entries)");
        assertThatThrownBy(() -> Earn.of("points", 5, day(1), Reason.rule("base"), "k").expiringAt(day(1)))
                .hasMessage("expiresAt 2026-01-02T00:00:00Z must be after activatesAt 2026-01-02T00:00:00Z");
    }

    @Test
    void overflowIsAnErrorNeverAWrap() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), Long.MAX_VALUE, day(0), Lot.NEVER, "a");

        assertThatThrownBy(() -> ledger.earn(Earn.of("points", 1, day(1), Reason.rule("base"), "b")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("earning 1 'points' would overflow the balance of member 'anna' (at most 9223372036854775807 units)");
    }

    @Test
    void earnedBetweenCountsEarningsInTheWindowNetOfReversalsButNotOfSpending() {
        Ledger ledger = earn(Ledger.empty(POLICY, ANNA), 100, day(0), Lot.NEVER, "a");
        ledger = earn(ledger, 50, day(10), Lot.NEVER, "b");
        ledger = accepted(ledger.reverse(Reversal.partial(2, 20, day(12), Reason.rule("refund"), "c")));
        ledger = accepted(ledger.redeem(new Redeem("points", 60, day(13), Reason.rule("reward"), "d")));
        ledger = accepted(ledger.adjust(Adjustment.of("points", 7, day(15), Reason.operator("eve", "goodwill"), "e")));

        assertThat(ledger.earnedBetween("points", day(5), day(15))).isEqualTo(30);
        assertThat(ledger.earnedBetween("points", day(0), day(16))).isEqualTo(137);
        assertThat(ledger.earnedBetween("status", day(0), day(16))).isZero();
    }
}
