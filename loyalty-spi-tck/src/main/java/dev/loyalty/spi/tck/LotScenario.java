package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.day;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.LoyaltyStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 25 members {@code m01..m25} with lots that fall due at equal and distinct instants, some after
 * {@link #UNTIL}, some spent, cancelled or already activated, so that they must not be returned.
 */
final class LotScenario {

    /** The instant the scenarios query up to; one lot falls due exactly then. */
    static final Instant UNTIL = day(40);

    /** The order of due lots: due instant, member, lot. */
    static final Comparator<DueLot> ORDER = Comparator.comparing(DueLot::dueAt)
            .thenComparing(DueLot::member)
            .thenComparingLong(DueLot::lot);

    private final Map<MemberId, MemberFixture> members;

    private LotScenario(List<MemberFixture> members) {
        this.members = members.stream().collect(Collectors.toMap(MemberFixture::id, Function.identity()));
    }

    /** Lots expiring on days 10 to 13 (shared by many members) and 23 to 44 (one each), plus lots that never do. */
    static LotScenario expiring(LoyaltyStore store) {
        return new LotScenario(IntStream.rangeClosed(1, 25).mapToObj(i -> expiringMember(store, i)).toList());
    }

    /** Pending lots activating on days 5 to 8 (shared) and 23 to 44 (one each), some cancelled or active. */
    static LotScenario activating(LoyaltyStore store) {
        return new LotScenario(IntStream.rangeClosed(1, 25).mapToObj(i -> activatingMember(store, i)).toList());
    }

    private static MemberFixture expiringMember(LoyaltyStore store, int i) {
        MemberFixture m = MemberFixture.enroll(store, String.format("m%02d", i));
        m.earn(10L * i, day(1), day(10 + i % 4));
        if (i % 3 == 0) {
            m.earn(i, day(1), day(20 + i));
        }
        if (i % 5 == 0) {
            m.append(l -> l.earn(m.earnRequest(5, day(1))));
        }
        if (i == 7) {
            m.earn(7, day(1), UNTIL);
        }
        if (i == 4) {
            m.redeem(40, day(2));
        }
        return m;
    }

    private static MemberFixture activatingMember(LoyaltyStore store, int i) {
        MemberFixture m = MemberFixture.enroll(store, String.format("m%02d", i));
        m.earnPending(10L * i, day(1), day(5 + i % 4));
        if (i % 3 == 0) {
            m.earnPending(i, day(1), day(20 + i));
        }
        if (i == 4) {
            m.append(l -> l.reverse(Reversal.of(1, day(2), Reason.request("refund"), "refund-m04")));
        }
        if (i == 8) {
            m.append(l -> l.reverse(Reversal.partial(1, 30, day(2), Reason.request("refund"), "refund-m08")));
        }
        if (i == 10) {
            m.append(l -> l.activate(day(8), "activate-m10"));
        }
        return m;
    }

    /** The member {@code id}. */
    MemberFixture member(MemberId id) {
        return members.get(id);
    }

    /** What {@code lotsExpiring(UNTIL, ...)} must return, in order. */
    List<DueLot> expectedExpiring() {
        return expected(lot -> lot.remaining() > 0 && lot.state() != Lot.State.CANCELLED && lot.expires()
                ? Optional.of(lot.expiresAt()) : Optional.empty());
    }

    /** What {@code lotsActivating(UNTIL, ...)} must return, in order. */
    List<DueLot> expectedActivating() {
        return expected(lot -> lot.remaining() > 0 && lot.state() == Lot.State.PENDING
                ? Optional.of(lot.activatesAt()) : Optional.empty());
    }

    private List<DueLot> expected(Function<Lot, Optional<Instant>> dueAt) {
        return members.values().stream()
                .flatMap(m -> m.ledger().lots().stream().flatMap(lot -> dueAt.apply(lot)
                        .filter(at -> !at.isAfter(UNTIL))
                        .map(at -> new DueLot(m.id(), lot.id(), lot.pointType(), at, lot.remaining()))
                        .stream()))
                .sorted(ORDER)
                .toList();
    }
}
