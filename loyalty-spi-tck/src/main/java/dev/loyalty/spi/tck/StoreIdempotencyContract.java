package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.applied;
import static dev.loyalty.spi.tck.Fixtures.day;
import static dev.loyalty.spi.tck.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.loyalty.spi.Receipt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An owner's request key is applied at most once; retries get the first receipt back. */
public abstract class StoreIdempotencyContract extends StoreContractBase {

    /** For subclasses. */
    protected StoreIdempotencyContract() {}

    /** A retry with the same key and fingerprint is a duplicate with the first receipt, and changes nothing. */
    @Test
    public void required_aRetryReturnsTheFirstReceipt() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(100, day(1))));
        Append append = Append.of("earn-1", "fp-1", ann.change(earned));
        Receipt first = applied(store().append(append));
        MemberState after = load(store(), ann.id());

        assertThat(first).as("receipt of the first append")
                .isEqualTo(new Receipt(ann.id(), "earn-1", "fp-1", earned.entries()));
        assertThat(store().append(append)).as("the same append again").isEqualTo(new AppendResult.Duplicate(first));
        assertThat(load(store(), ann.id())).as("state after the retry").isEqualTo(after);
        assertThat(after.version()).isEqualTo(2);
    }

    /** A retry is a duplicate even when the member has moved on to a later version since. */
    @Test
    public void required_aRetryAfterTheMemberMovedOnIsStillADuplicate() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(100, day(1))));
        Append append = Append.of("earn-1", "fp-1", ann.change(earned));
        Receipt first = applied(store().append(append));
        ann.appended(earned);
        ann.redeem(30, day(2));
        MemberState moved = load(store(), ann.id());

        assertThat(store().append(append)).as("a retry expecting version 1 of a member now at version 3")
                .isEqualTo(new AppendResult.Duplicate(first));
        assertThat(load(store(), ann.id())).as("state after the late retry").isEqualTo(moved);
    }

    /** A retried enrollment is a duplicate of the first, not a version conflict. */
    @Test
    public void required_aRetriedEnrollmentIsADuplicate() {
        Append enroll = Append.of("enroll", "fp", MemberChange.enrollment(Fixtures.member("ann")));
        Receipt first = applied(store().append(enroll));

        assertThat(store().append(enroll)).as("the enrollment of member 'ann' again, under its first key")
                .isEqualTo(new AppendResult.Duplicate(first));
        assertThat(load(store(), MemberId.of("ann")).version()).as("version after the retried enrollment").isEqualTo(1);
    }

    /** The same key with another fingerprint is a conflict that carries the first receipt; nothing changes. */
    @Test
    public void required_aReusedKeyWithAnotherFingerprintIsAKeyConflict() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(100, day(1))));
        Receipt first = applied(store().append(Append.of("earn-1", "fp-1", ann.change(earned))));
        ann.appended(earned);
        MemberState before = load(store(), ann.id());
        Accepted other = ann.plan(l -> l.earn(ann.earnRequest(7, day(2))));

        assertThat(store().append(Append.of("earn-1", "fp-2", ann.change(other))))
                .as("another request under the key 'earn-1'").isEqualTo(new AppendResult.KeyConflict(first));
        assertThat(load(store(), ann.id())).as("state after the key conflict").isEqualTo(before);
    }

    /** Keys are scoped to their owner: the same key for another owner is a new request. */
    @Test
    public void required_theSameKeyForAnotherOwnerIsIndependent() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        Accepted annEarn = ann.plan(l -> l.earn(ann.earnRequest(100, day(1))));
        Accepted bobEarn = bob.plan(l -> l.earn(bob.earnRequest(5, day(1))));

        Receipt annReceipt = applied(store().append(Append.of("k", "fp-ann", ann.change(annEarn))));
        AppendResult bobResult = store().append(Append.of("k", "fp-bob", bob.change(bobEarn)));

        assertThat(bobResult).as("member 'bob' using the key member 'ann' used")
                .isEqualTo(new AppendResult.Applied(new Receipt(bob.id(), "k", "fp-bob", bobEarn.entries())));
        assertThat(store().findReceipt(ann.id(), "k")).as("receipt of 'ann'").contains(annReceipt);
        assertThat(load(store(), bob.id()).entries()).as("entries of member 'bob'").isEqualTo(bobEarn.entries());
    }

    /** A transfer's key belongs to its owner (the giver) only; the receipt lists both members' entries. */
    @Test
    public void required_aTwoMemberReceiptBelongsToTheOwnerAndListsAllEntries() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        ann.earn(100, day(1), day(30));
        Transferred moved = (Transferred) Ledger.transfer(ann.ledger(), bob.ledger(),
                new Transfer(ann.id(), bob.id(), Fixtures.POINTS, 60, day(2), Reason.request("gift"), "gift-1"));
        List<Entry> both = new ArrayList<>(moved.from().entries());
        both.addAll(moved.to().entries());

        Receipt receipt = applied(store().append(new Append("gift-1", "fp", List.of(ann.change(moved.from()), bob.change(moved.to())))));
        bob.appended(moved.to());
        Accepted bobEarn = bob.plan(l -> l.earn(bob.earnRequest(5, day(3))));

        assertThat(receipt).as("receipt of a transfer").isEqualTo(new Receipt(ann.id(), "gift-1", "fp", both));
        assertThat(store().findReceipt(bob.id(), "gift-1")).as("receipt of the receiver under the giver's key").isEmpty();
        assertThat(store().append(Append.of("gift-1", "fp-own", bob.change(bobEarn))))
                .as("the receiver's own request under the transfer's key").isInstanceOf(AppendResult.Applied.class);
    }

    /** findReceipt returns the receipt of an applied append, and nothing for keys not applied. */
    @Test
    public void required_findReceiptFindsAppliedAppendsOnly() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(100, day(1))));
        Receipt receipt = applied(store().append(Append.of("earn-1", "fp-1", ann.change(earned))));

        assertThat(store().findReceipt(ann.id(), "earn-1")).as("receipt of 'earn-1'").contains(receipt);
        assertThat(store().findReceipt(ann.id(), "enroll-ann")).as("receipt of the enrollment")
                .contains(new Receipt(ann.id(), "enroll-ann", "fp-enroll-ann", List.of()));
        assertThat(store().findReceipt(ann.id(), "never")).as("receipt of a key never used").isEmpty();
        assertThat(store().findReceipt(MemberId.of("bob"), "earn-1")).as("receipt of another owner").isEmpty();
    }

    /** An append refused for its version leaves no receipt, so the key can be used when retried right. */
    @Test
    public void required_aConflictingAppendLeavesTheKeyFree() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(100, day(1))));
        Append stale = Append.of("earn-1", "fp-1",
                MemberChange.entries(ann.id(), 7, earned.entries(), earned.ledger().lots()));

        assertThat(store().append(stale)).as("an append at version 7 of a member at 1")
                .isEqualTo(new AppendResult.VersionConflict(ann.id(), 7, 1));
        assertThat(store().findReceipt(ann.id(), "earn-1")).as("receipt of the refused append").isEmpty();
        assertThat(store().append(Append.of("earn-1", "fp-1", ann.change(earned))))
                .as("the same request at the right version")
                .isEqualTo(new AppendResult.Applied(new Receipt(ann.id(), "earn-1", "fp-1", earned.entries())));
    }
}
