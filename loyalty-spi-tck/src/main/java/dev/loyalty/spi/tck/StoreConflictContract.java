package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.day;
import static dev.loyalty.spi.tck.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.ledger.Transferred;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency: an append applies only at the expected versions, and otherwise changes nothing. */
public abstract class StoreConflictContract extends StoreContractBase {

    /** For subclasses. */
    protected StoreConflictContract() {}

    /** An append at a stale (or future) version is a conflict with the exact versions; nothing changes. */
    @Test
    public void required_aStaleVersionIsAConflictAndChangesNothing() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted stale = ann.plan(l -> l.earn(ann.earnRequest(10, day(1))));
        ann.earn(100, day(1), day(30));
        MemberState before = load(store(), ann.id());

        assertThat(store().append(Append.of("late", "fp", MemberChange.entries(ann.id(), 1, stale.entries(), stale.ledger().lots()))))
                .as("append expecting version 1 of a member at version 2")
                .isEqualTo(new AppendResult.VersionConflict(ann.id(), 1, 2));
        assertThat(store().append(Append.of("early", "fp", MemberChange.entries(ann.id(), 5, List.of(), List.of()))))
                .as("append expecting version 5 of a member at version 2")
                .isEqualTo(new AppendResult.VersionConflict(ann.id(), 5, 2));
        assertThat(load(store(), ann.id())).as("state after two conflicting appends").isEqualTo(before);
        assertThat(store().findReceipt(ann.id(), "late")).as("receipt of a conflicting append").isEmpty();
    }

    /** Enrolling a member twice is a conflict at version 1; the first profile stays. */
    @Test
    public void required_enrollingAnExistingMemberIsAConflict() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberState before = load(store(), ann.id());

        AppendResult again = store().append(Append.of("enroll-again", "fp",
                MemberChange.enrollment(before.member().withName("Another Ann"))));

        assertThat(again).as("enrolling member 'ann' again").isEqualTo(new AppendResult.VersionConflict(ann.id(), 0, 1));
        assertThat(load(store(), ann.id())).as("state after enrolling again").isEqualTo(before);
    }

    /** Changing a member that was never enrolled is a conflict at version 0; the member still does not exist. */
    @Test
    public void required_changingAnUnknownMemberIsAConflict() {
        MemberId bob = MemberId.of("bob");

        AppendResult result = store().append(Append.of("k", "fp", MemberChange.entries(bob, 1, List.of(), List.of())));

        assertThat(result).as("changing member 'bob', never enrolled").isEqualTo(new AppendResult.VersionConflict(bob, 1, 0));
        assertThat(store().find(bob)).as("find of member 'bob' after the failed change").isEmpty();
    }

    /** A two-member append with the second member stale changes neither. */
    @Test
    public void required_aStaleSecondMemberChangesNeither() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        ann.earn(100, day(1), day(30));
        Transferred moved = (Transferred) Ledger.transfer(ann.ledger(), bob.ledger(),
                new Transfer(ann.id(), bob.id(), Fixtures.POINTS, 60, day(2), Reason.request("gift"), "gift-1"));
        bob.earn(5, day(2), day(40));
        MemberState annBefore = load(store(), ann.id());
        MemberState bobBefore = load(store(), bob.id());
        MemberChange staleBob = MemberChange.entries(bob.id(), 1, moved.to().entries(), moved.to().ledger().lots());

        AppendResult result = store().append(new Append("gift-1", "fp", List.of(ann.change(moved.from()), staleBob)));

        assertThat(result).as("a transfer to member 'bob' expecting version 1 of 2")
                .isEqualTo(new AppendResult.VersionConflict(bob.id(), 1, 2));
        assertThat(load(store(), ann.id())).as("the giver's state after the failed transfer").isEqualTo(annBefore);
        assertThat(load(store(), bob.id())).as("the receiver's state after the failed transfer").isEqualTo(bobBefore);
    }

    /** Entries that do not continue the ledger are a caller's bug: an exception, and nothing changes. */
    @Test
    public void required_anEntryWithAWrongSequenceIsRefused() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        ann.earn(100, day(1), day(30));
        MemberState before = load(store(), ann.id());
        Accepted next = ann.plan(l -> l.earn(ann.earnRequest(10, day(2))));
        Entry entry = next.entries().get(0);
        Entry skipped = new Entry(entry.member(), entry.sequence() + 1, entry.kind(), entry.pointType(), entry.amount(), entry.at(),
                entry.reason(), entry.requestKey(), entry.lots(), entry.allocations(), entry.debtChange(), entry.lot(), entry.reference());
        MemberChange gap = MemberChange.entries(ann.id(), ann.version(), List.of(skipped), next.ledger().lots());

        assertThatThrownBy(() -> store().append(Append.of("gap", "fp", gap)))
                .as("appending entry #3 to a ledger of 1 entry")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(load(store(), ann.id())).as("state after the refused append").isEqualTo(before);
        assertThat(store().findReceipt(ann.id(), "gap")).as("receipt of the refused append").isEmpty();
    }

    /** A wrong sequence in the second member of an append leaves the first member unchanged too. */
    @Test
    public void required_aWrongSequenceInTheSecondMemberChangesNeither() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        Accepted annEarn = ann.plan(l -> l.earn(ann.earnRequest(10, day(1))));
        Accepted bobEarn = bob.plan(l -> l.earn(bob.earnRequest(10, day(1))));
        bob.earn(1, day(1), day(9));
        MemberState annBefore = load(store(), ann.id());
        MemberState bobBefore = load(store(), bob.id());
        MemberChange bobRepeats = MemberChange.entries(bob.id(), bob.version(), bobEarn.entries(), bobEarn.ledger().lots());

        assertThatThrownBy(() -> store().append(new Append("both", "fp", List.of(ann.change(annEarn), bobRepeats))))
                .as("appending entry #1 again to member 'bob', who has 1 entry")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(load(store(), ann.id())).as("state of member 'ann' after the refused append").isEqualTo(annBefore);
        assertThat(load(store(), bob.id())).as("state of member 'bob' after the refused append").isEqualTo(bobBefore);
    }

    /** Appends racing at one version: exactly one applies, the others are conflicts. */
    @Test
    public void required_racingAppendsAtOneVersionApplyOnce() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        List<Callable<AppendResult>> racers = IntStream.rangeClosed(1, 8).<Callable<AppendResult>>mapToObj(i -> {
            Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(i, day(1))));
            return () -> store().append(Append.of("race-" + i, "fp", ann.change(earned)));
        }).toList();

        List<AppendResult> results = Racing.race(racers);

        assertThat(results).as("8 appends racing at version 1").filteredOn(AppendResult.Applied.class::isInstance).hasSize(1);
        assertThat(results).as("8 appends racing at version 1").filteredOn(r -> !(r instanceof AppendResult.Applied))
                .containsOnly(new AppendResult.VersionConflict(ann.id(), 1, 2)).hasSize(7);
        assertThat(load(store(), ann.id()).entries()).as("entries after the race").hasSize(1);
    }

    /** Transfers crossing between two members at the same time neither deadlock nor lose points. */
    @Test
    public void required_crossingTransfersNeitherDeadlockNorLosePoints() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        ann.earn(1000, day(1), day(30));
        bob.earn(1000, day(1), day(30));

        Racing.race(List.of(Racing.transfers(store(), ann.id(), bob.id(), 100),
                Racing.transfers(store(), bob.id(), ann.id(), 100)));

        for (MemberFixture member : List.of(ann, bob)) {
            MemberState state = load(store(), member.id());
            assertThat(state.version()).as("version of %s after 200 transfers", member.id()).isEqualTo(202);
            assertThat(Ledger.replay(Fixtures.POLICY, member.id(), state.entries()).balance(Fixtures.POINTS, day(3)).available())
                    .as("balance of %s after 100 transfers each way", member.id()).isEqualTo(1000);
        }
    }
}
