package dev.loyalty.spi.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.spi.MemberState;
import java.util.Map;

/**
 * Across members: every transfer is stored on both sides (the append was atomic), each side pointing at
 * the other with the opposite amount, so transfers create and destroy no points.
 */
final class TransferPairs {

    private TransferPairs() {}

    static void check(ModelProgram program, Map<MemberId, MemberState> states) {
        for (MemberId member : program.members()) {
            for (Entry entry : states.get(member).entries()) {
                if (entry.kind() == EntryKind.TRANSFERRED_OUT || entry.kind() == EntryKind.TRANSFERRED_IN) {
                    checkCounterpart(states, entry);
                }
            }
        }
    }

    private static void checkCounterpart(Map<MemberId, MemberState> states, Entry entry) {
        EntryRef ref = entry.reference().orElseThrow(() -> new AssertionError("transfer entry " + entry.ref() + " has no counterpart"));
        MemberState other = states.get(ref.member());
        assertThat(other).as("member of the counterpart of transfer entry %s", entry.ref()).isNotNull();
        assertThat(other.entries().size())
                .as("the counterpart %s of transfer entry %s is stored (the transfer was appended atomically)", ref, entry.ref())
                .isGreaterThanOrEqualTo((int) ref.sequence());
        Entry counterpart = other.entries().get((int) ref.sequence() - 1);
        EntryKind expected = entry.kind() == EntryKind.TRANSFERRED_OUT ? EntryKind.TRANSFERRED_IN : EntryKind.TRANSFERRED_OUT;
        assertThat(counterpart.kind()).as("kind of the counterpart %s of %s", ref, entry.ref()).isEqualTo(expected);
        assertThat(counterpart.amount()).as("amount of the counterpart %s of %s", ref, entry.ref()).isEqualTo(-entry.amount());
        assertThat(counterpart.reference()).as("the counterpart %s of %s points back", ref, entry.ref()).contains(entry.ref());
    }
}
