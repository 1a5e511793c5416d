package dev.loyalty.store.jdbc;

import static dev.loyalty.store.jdbc.PostgresConservationTest.FUNDING;
import static dev.loyalty.store.jdbc.PostgresConservationTest.MEMBERS;
import static dev.loyalty.store.jdbc.PostgresConservationTest.POLICY;
import static dev.loyalty.store.jdbc.PostgresConservationTest.PTS;
import static dev.loyalty.store.jdbc.PostgresConservationTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberState;

/** One conservation check over all members, as read by a store on one database snapshot. */
final class ConservationCheck {

    private ConservationCheck() {}

    /**
     * Checks that every member's balance is the sum of its entries and its stored lots are those its
     * entries leave, that transfers net to zero, and that all balances together are the funding plus the
     * entries that are not transfers.
     */
    static void check(LoyaltyStore store, int read) {
        EntryTally seen = new EntryTally();
        long held = 0;
        for (int m = 0; m < MEMBERS; m++) {
            MemberId member = PostgresConservationTest.member(m);
            MemberState state = store.load(member);
            Ledger ledger = Ledger.replay(POLICY, member, state.entries());
            long net = PostgresConservationTest.net(ledger.balance(PTS, T0));
            assertThat(net).as("read %d: balance of %s vs the sum of its entries", read, member)
                    .isEqualTo(state.entries().stream().mapToLong(Entry::amount).sum());
            assertThat(state.lots()).as("read %d: stored lots of %s vs its entries", read, member).isEqualTo(ledger.lots());
            seen.add(state.entries());
            held += net;
        }
        assertThat(seen.sum(EntryKind.TRANSFERRED_IN) + seen.sum(EntryKind.TRANSFERRED_OUT))
                .as("read %d: points transferred in and out", read).isZero();
        long fundedAndChanged = seen.sum(EntryKind.EARNED) + seen.sum(EntryKind.REDEEMED) + seen.sum(EntryKind.REVERSED)
                + seen.sum(EntryKind.ADJUSTED) + seen.sum(EntryKind.EXPIRED) + seen.sum(EntryKind.CANCELLED);
        assertThat(held).as("read %d: all balances vs earned - redeemed - reversed", read).isEqualTo(fundedAndChanged);
        assertThat(seen.sum(EntryKind.EARNED)).as("read %d: earned includes the funding", read).isGreaterThanOrEqualTo(MEMBERS * FUNDING);
    }
}
