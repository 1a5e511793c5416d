package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.T0;
import static dev.loyalty.spi.tck.Fixtures.applied;
import static dev.loyalty.spi.tck.Fixtures.day;
import static dev.loyalty.spi.tck.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.ledger.Transferred;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a store keeps comes back unchanged: profiles, entries, lots, counters, activity, versions. */
public abstract class StoreRoundTripContract extends StoreContractBase {

    /** For subclasses. */
    protected StoreRoundTripContract() {}

    /** An enrolled member loads with its profile at version 1 and nothing else. */
    @Test
    public void required_enrolledMemberLoadsWithItsProfileAtVersion1() {
        Member member = Member.builder(MemberId.of("ann"), "Ann", T0, ZoneId.of("Europe/Paris"))
                .birthday(LocalDate.of(1990, 2, 3)).attribute("store", "lyon").build();
        applied(store().append(Append.of("enroll", "fp", MemberChange.enrollment(member))));

        MemberState state = store().load(member.id());

        assertThat(state).as("the state of a member just enrolled")
                .isEqualTo(new MemberState(member, 1, List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty(), List.of()));
        assertThat(store().find(member.id())).as("find of an enrolled member").contains(state);
    }

    /** An unknown member is not found, and loading it names it. */
    @Test
    public void required_unknownMemberIsNotFound() {
        MemberFixture.enroll(store(), "ann");
        MemberId bob = MemberId.of("bob");

        assertThat(store().find(bob)).as("find of a member never enrolled").isEmpty();
        assertThatThrownBy(() -> store().load(bob)).as("load of a member never enrolled")
                .isInstanceOfSatisfying(UnknownMemberException.class, e -> assertThat(e.member()).isEqualTo(bob))
                .hasMessageContaining("'bob'");
    }

    /** Earned and redeemed entries, and the lots they leave, load back equal; each append bumps the version. */
    @Test
    public void required_earnAndRedeemLoadBackEqual() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        ann.earn(100, day(1), day(30));
        ann.earn(50, day(2), day(20));
        ann.redeem(70, day(3));

        MemberState state = load(store(), ann.id());

        assertThat(state.version()).as("version after enrollment and 3 appends").isEqualTo(4);
        assertThat(state.entries()).as("entries after 2 earns and a redemption").isEqualTo(ann.ledger().entries());
        assertThat(state.lots()).as("lots as the redemption left them (lot 2 spent, lot 1 has 80 left)")
                .isEqualTo(ann.ledger().lots());
        assertThat(state.lots()).extracting(lot -> lot.remaining()).containsExactly(80L, 0L);
        assertThat(Ledger.replay(Fixtures.POLICY, ann.id(), state.entries())).as("the loaded entries replayed")
                .isEqualTo(ann.ledger());
    }

    /** Counter deltas add up; a counter that comes back to 0 is gone. */
    @Test
    public void required_countersAddUpAndVanishAtZero() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        ann.count(Map.of("purchases", 2L, "referrals", 1L), Optional.empty());
        ann.count(Map.of("purchases", 3L, "referrals", -1L), Optional.empty());

        MemberState state = load(store(), ann.id());

        assertThat(state.counters()).as("counters after +2/+1 then +3/-1").isEqualTo(Map.of("purchases", 5L));
        assertThat(state.counter("referrals")).isZero();
        assertThat(state.version()).isEqualTo(3);
    }

    /** The last activity is kept, also through later changes that are not activities. */
    @Test
    public void required_lastActivityIsKept() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        ann.count(Map.of(), Optional.of(day(5)));
        assertThat(load(store(), ann.id()).lastActivityAt()).as("last activity after an activity").contains(day(5));

        ann.count(Map.of("visits", 1L), Optional.empty());
        assertThat(load(store(), ann.id()).lastActivityAt()).as("last activity after a change that is not one")
                .contains(day(5));

        ann.count(Map.of(), Optional.of(day(3)));
        assertThat(load(store(), ann.id()).lastActivityAt()).as("last activity after an older, late activity")
                .contains(day(5));
    }

    /** A tier status replaces the stored one; tier changes accumulate in the history, oldest first. */
    @Test
    public void required_tierStatusIsReplacedAndTierChangesAccumulate() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        TierStatus silver = new TierStatus("silver", day(3), Optional.empty(), day(368));
        TierChange up = new TierChange("bronze", "silver", day(3), TierChange.Reason.QUALIFIED, "status points 1200 >= 1000");
        ann.append(MemberChange.entries(ann.id(), ann.version(), List.of(), List.of()).withTier(silver, List.of(up)));
        TierStatus grace = new TierStatus("silver", day(3), Optional.of(day(458)), day(733));
        TierChange graceStarted = new TierChange("silver", "silver", day(368), TierChange.Reason.GRACE_STARTED,
                "status points 200 < 1000");
        ann.append(MemberChange.entries(ann.id(), ann.version(), List.of(), List.of()).withTier(grace, List.of(graceStarted)));
        ann.count(Map.of("visits", 1L), Optional.empty());

        MemberState state = load(store(), ann.id());
        assertThat(state.tier()).as("tier status after two tier changes and one other change").contains(grace);
        assertThat(state.tierHistory()).as("tier history").containsExactly(up, graceStarted);
    }

    /** A change with a profile replaces the member's profile. */
    @Test
    public void required_aProfileInAChangeReplacesTheProfile() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Member renamed = load(store(), ann.id()).member().withName("Ann Smith");
        ann.append(new MemberChange(ann.id(), ann.version(), Optional.of(renamed), List.of(), List.of(), Map.of(),
                Optional.empty(), List.of(), Optional.empty(), List.of()));

        assertThat(load(store(), ann.id()).member()).as("profile after a change that renamed the member").isEqualTo(renamed);
    }

    /** A transfer changes both members in one append. */
    @Test
    public void required_aTwoMemberAppendChangesBoth() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        ann.earn(100, day(1), day(30));
        Transferred moved = (Transferred) Ledger.transfer(ann.ledger(), bob.ledger(),
                new Transfer(ann.id(), bob.id(), Fixtures.POINTS, 60, day(2), Reason.request("gift"), "gift-1"));

        applied(store().append(new Append("gift-1", "fp", List.of(ann.change(moved.from()), bob.change(moved.to())))));

        assertBoth(ann, moved.from(), 3);
        assertBoth(bob, moved.to(), 2);
    }

    /** A state once loaded does not change with later appends. */
    @Test
    public void required_aLoadedStateIsASnapshot() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        ann.earn(100, day(1), day(30));
        MemberState before = store().load(ann.id());

        ann.redeem(30, day(2));

        assertThat(before.entries()).as("entries of a state loaded before a redemption").hasSize(1);
        assertThat(before.lots()).extracting(lot -> lot.remaining()).as("lots of a state loaded before").containsExactly(100L);
        assertThat(before.version()).isEqualTo(2);
    }

    private void assertBoth(MemberFixture member, Accepted expected, long version) {
        MemberState state = load(store(), member.id());
        assertThat(state.version()).as("version of %s after the transfer", member.id()).isEqualTo(version);
        assertThat(state.entries()).as("entries of %s after the transfer", member.id()).isEqualTo(expected.ledger().entries());
        assertThat(state.lots()).as("lots of %s after the transfer", member.id()).isEqualTo(expected.ledger().lots());
    }
}
