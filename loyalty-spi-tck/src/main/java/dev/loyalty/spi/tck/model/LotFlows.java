package dev.loyalty.spi.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.MemberState;
import java.util.HashMap;
import java.util.Map;

/**
 * Per lot: it was created once with its amount, what is left is its amount plus every allocation to it,
 * and expiry took from it at most what it held, each time dated at its expiry instant.
 */
final class LotFlows {

    private LotFlows() {}

    static void check(MemberId member, MemberState state) {
        Map<Long, Long> created = new HashMap<>();
        Map<Long, Long> flow = new HashMap<>();
        Map<Long, Long> expired = new HashMap<>();
        Map<Long, Lot> lots = new HashMap<>();
        state.lots().forEach(lot -> lots.put(lot.id(), lot));
        for (Entry entry : state.entries()) {
            entry.lots().forEach(lot -> created.merge(lot.id(), lot.amount(), Math::addExact));
            for (Allocation allocation : entry.allocations()) {
                flow.merge(allocation.lot(), allocation.amount(), Math::addExact);
            }
            if (entry.kind() == EntryKind.EXPIRED) {
                long id = entry.lot().orElseThrow();
                expired.merge(id, -entry.amount(), Math::addExact);
                assertThat(lots).as("lots of %s: expired lot %d", member, id).containsKey(id);
                assertThat(entry.at()).as("expiry entry %s is dated at its lot's expiry", entry.ref())
                        .isEqualTo(lots.get(id).expiresAt());
            }
        }
        assertThat(lots.keySet()).as("lots of %s vs the lots its entries created", member).isEqualTo(created.keySet());
        for (Lot lot : lots.values()) {
            assertThat(created.get(lot.id())).as("lot %d of %s was created once with its amount", lot.id(), member)
                    .isEqualTo(lot.amount());
            assertThat(lot.amount() + flow.getOrDefault(lot.id(), 0L))
                    .as("lot %d of %s: amount plus all allocations to it == remaining", lot.id(), member)
                    .isEqualTo(lot.remaining());
            assertThat(expired.getOrDefault(lot.id(), 0L))
                    .as("lot %d of %s: expired in total at most what it held", lot.id(), member)
                    .isBetween(0L, lot.amount());
        }
    }
}
