package dev.loyalty.spi.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks on what one step appended: spends took from lots in spend order, and a sweep left nothing due.
 * Independent of the model: it looks only at the stored states before and after.
 */
final class SpendOrderCheck {

    private static final Comparator<Lot> SPEND_ORDER =
            Comparator.comparing(Lot::expiresAt).thenComparing(Lot::earnedAt).thenComparingLong(Lot::id);

    /** Spendable by the rules, written out here rather than taken from {@code Lot}. */
    private static boolean spendable(Lot lot, Instant at) {
        return lot.state() == Lot.State.ACTIVE && lot.remaining() > 0 && !lot.activatesAt().isAfter(at) && lot.expiresAt().isAfter(at);
    }

    private SpendOrderCheck() {}

    /**
     * Every spend appended since {@code before} (redemption, transfer out, negative adjustment) took only
     * from lots spendable at its instant, and fully took every one of them that comes before the last
     * lot it touched in spend order.
     */
    static void check(Map<MemberId, MemberState> before, Map<MemberId, MemberState> after) {
        after.forEach((member, state) -> {
            List<Entry> added = state.entries().subList(Math.min(before.get(member).entries().size(), state.entries().size()),
                    state.entries().size());
            if (added.size() == 1 && isSpend(added.get(0))) {
                checkSpend(before.get(member).lots(), added.get(0));
            }
        });
    }

    /** After {@code advanceTo(at)}: nothing left in a lot whose expiry has come, nothing pending that is due. */
    static void afterSweep(Map<MemberId, MemberState> states, Instant at) {
        states.forEach((member, state) -> {
            for (Lot lot : state.lots()) {
                if (!lot.expiresAt().isAfter(at)) {
                    assertThat(lot.remaining()).as("after advanceTo(%s): remaining of expired lot %s of %s", at, lot, member).isZero();
                } else if (lot.state() == Lot.State.PENDING && lot.remaining() > 0) {
                    assertThat(lot.activatesAt()).as("after advanceTo(%s): pending lot %s of %s is not yet due", at, lot, member)
                            .isAfter(at);
                }
            }
        });
    }

    private static boolean isSpend(Entry entry) {
        return entry.kind() == EntryKind.REDEEMED || entry.kind() == EntryKind.TRANSFERRED_OUT
                || entry.kind() == EntryKind.ADJUSTED && entry.amount() < 0;
    }

    private static void checkSpend(List<Lot> lotsBefore, Entry spend) {
        List<Lot> order = lotsBefore.stream()
                .filter(lot -> lot.pointType().equals(spend.pointType()) && spendable(lot, spend.at()))
                .sorted(SPEND_ORDER)
                .toList();
        Map<Long, Long> taken = new HashMap<>();
        for (Allocation allocation : spend.allocations()) {
            taken.merge(allocation.lot(), -allocation.amount(), Math::addExact);
        }
        List<Long> ids = order.stream().map(Lot::id).toList();
        assertThat(ids).as("spend %s took only from lots spendable at %s (in spend order: %s)", spend, spend.at(), order)
                .containsAll(taken.keySet());
        int last = ids.stream().filter(taken::containsKey).mapToInt(ids::indexOf).max().orElse(-1);
        for (int i = 0; i <= last; i++) {
            Lot lot = order.get(i);
            long took = taken.getOrDefault(lot.id(), 0L);
            if (i < last) {
                assertThat(took).as("spend %s must empty lot %s before touching later lots (spend order %s)", spend, lot, order)
                        .isEqualTo(lot.remaining());
            } else {
                assertThat(took).as("spend %s took at most what lot %s held", spend, lot).isBetween(1L, lot.remaining());
            }
        }
    }
}
