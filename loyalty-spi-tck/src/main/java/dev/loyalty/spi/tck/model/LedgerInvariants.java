package dev.loyalty.spi.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Balance;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Checks run after every step: the store agrees with replay and with the model, and points are conserved. */
final class LedgerInvariants {

    private LedgerInvariants() {}

    /** Every member's stored state at {@code now} against its replay, the model and the conservation rules. */
    static void check(ModelProgram program, ReferenceModel model, Accounts accounts, Map<MemberId, MemberState> states, Instant now) {
        for (MemberId member : program.members()) {
            MemberState state = states.get(member);
            Ledger replayed = Ledger.replay(program.policy(), member, state.entries());
            assertThat(accounts.ledger(member)).as("Accounts.ledger(%s) vs Ledger.replay of its stored entries", member)
                    .isEqualTo(replayed);
            assertThat(state.lots().stream().sorted(Comparator.comparingLong(Lot::id)).toList())
                    .as("stored lots of %s (MemberState.lots) vs the lots replayed from its entries", member)
                    .isEqualTo(replayed.lots());
            restoredAsReplayed(program, member, state, replayed, now);
            ModelAccount account = model.account(member);
            assertThat(EntryView.of(state.entries())).as("entries of %s vs the model", member).isEqualTo(account.entries);
            assertThat(replayed.lots()).as("lots of %s vs the model", member)
                    .isEqualTo(account.lots.stream().map(ModelLot::toLot).toList());
            for (String type : ModelProgram.TYPES) {
                Balance balance = replayed.balance(type, now);
                assertThat(balance).as("balance of %s '%s' at %s vs the model", member, type, now)
                        .isEqualTo(account.balance(type, now));
                checkBalance(program, member, type, balance);
                conservation(member, type, state, balance, replayed.debt(type), now);
            }
            LotFlows.check(member, state);
        }
        TransferPairs.check(program, states);
    }

    /** {@link Ledger#restore} of the stored entries and lots, which the engine uses, is the replayed ledger. */
    private static void restoredAsReplayed(ModelProgram program, MemberId member, MemberState state, Ledger replayed, Instant now) {
        Ledger restored = Ledger.restore(program.policy(), member, state.entries(), state.lots());
        assertThat(restored).as("Ledger.restore(%s) vs Ledger.replay", member).isEqualTo(replayed);
        assertThat(restored.lots()).as("lots of Ledger.restore(%s) vs Ledger.replay", member).isEqualTo(replayed.lots());
        for (String type : ModelProgram.TYPES) {
            assertThat(restored.balance(type, now)).as("balance of Ledger.restore(%s) '%s'", member, type)
                    .isEqualTo(replayed.balance(type, now));
            assertThat(restored.debt(type)).as("debt of Ledger.restore(%s) '%s'", member, type).isEqualTo(replayed.debt(type));
        }
        for (Entry entry : state.entries()) {
            assertThat(restored.reversedAmount(entry.sequence())).as("reversed of %s by Ledger.restore", entry.ref())
                    .isEqualTo(replayed.reversedAmount(entry.sequence()));
        }
    }

    private static void checkBalance(ModelProgram program, MemberId member, String type, Balance balance) {
        assertThat(balance.available() >= 0 || balance.debt() > 0)
                .as("available of %s '%s' is negative without debt: %s", member, type, balance).isTrue();
        if (program.policy().reversal() == ReversalPolicy.REJECT) {
            assertThat(balance.debt()).as("debt of %s '%s' under ReversalPolicy.REJECT", member, type).isZero();
        }
    }

    private static void conservation(MemberId member, String type, MemberState state, Balance balance, long debt, Instant now) {
        Map<EntryKind, Long> totals = new EnumMap<>(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            totals.put(kind, 0L);
        }
        for (Entry entry : state.entries()) {
            if (entry.pointType().equals(type)) {
                checkSign(entry);
                totals.merge(entry.kind(), entry.amount(), Math::addExact);
            }
        }
        List<Lot> lots = state.lots().stream().filter(lot -> lot.pointType().equals(type)).toList();
        long remaining = lots.stream().mapToLong(Lot::remaining).sum();
        long allButActivated = totals.entrySet().stream()
                .filter(e -> e.getKey() != EntryKind.ACTIVATED).mapToLong(Map.Entry::getValue).sum();
        assertThat(allButActivated)
                .as("conservation for %s '%s': sum of entry amounts but ACTIVATED == sum of lots' remaining - debt (%d - %d)",
                        member, type, remaining, debt)
                .isEqualTo(remaining - debt);
        long unswept = lots.stream().filter(lot -> !lot.expiresAt().isAfter(now)).mapToLong(Lot::remaining).sum();
        long credited = totals.get(EntryKind.EARNED) + totals.get(EntryKind.ADJUSTED)
                + totals.get(EntryKind.TRANSFERRED_IN) + totals.get(EntryKind.TRANSFERRED_OUT);
        // REDEEMED, EXPIRED and CANCELLED sum to <= 0, REVERSED to either sign: subtracting adds their magnitudes.
        long accounted = balance.available() + balance.pending() + unswept - totals.get(EntryKind.REDEEMED)
                - totals.get(EntryKind.EXPIRED) - totals.get(EntryKind.REVERSED) - totals.get(EntryKind.CANCELLED);
        assertThat(credited)
                .as("conservation for %s '%s': earned + adjusted + transferred == available + pending + expired-not-yet-swept"
                        + " + redeemed + expired + reversed + cancelled (totals %s, balance %s)", member, type, totals, balance)
                .isEqualTo(accounted);
    }

    private static void checkSign(Entry entry) {
        long amount = entry.amount();
        boolean ok = switch (entry.kind()) {
            case EARNED, TRANSFERRED_IN, ACTIVATED -> amount > 0;
            case REDEEMED, EXPIRED, CANCELLED, TRANSFERRED_OUT -> amount < 0;
            case REVERSED, ADJUSTED -> amount != 0;
        };
        assertThat(ok).as("sign of entry %s: %s", entry.ref(), entry).isTrue();
    }
}
