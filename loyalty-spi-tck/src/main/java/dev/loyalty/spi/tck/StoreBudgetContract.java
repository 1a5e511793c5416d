package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.applied;
import static dev.loyalty.spi.tck.Fixtures.day;
import static dev.loyalty.spi.tck.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Campaign budgets: claims are counted with their append or not at all, never above the claim's limit,
 * also when many members claim the same budget at once.
 */
public abstract class StoreBudgetContract extends StoreContractBase {

    private static final String FIRST_100 = "first-100-bonus";
    private static final int RACERS = 16;
    private static final int ATTEMPTS = 300;
    private static final int LIMIT = 100;

    /** For subclasses. */
    protected StoreBudgetContract() {}

    /** A budget never claimed has used nothing. */
    @Test
    public void required_aBudgetNeverClaimedIsUnused() {
        assertThat(store().budgetUsed("never-claimed")).as("budget 'never-claimed'").isZero();
    }

    /** Applied claims add up, per budget. */
    @Test
    public void required_appliedClaimsAddUpPerBudget() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        earnClaiming(ann, List.of(BudgetClaim.of("welcome", 3, 10), BudgetClaim.of("spring", 1, 5)));
        earnClaiming(ann, List.of(BudgetClaim.of("welcome", 4, 10)));

        assertThat(store().budgetUsed("welcome")).as("budget 'welcome' after claims of 3 and 4").isEqualTo(7);
        assertThat(store().budgetUsed("spring")).as("budget 'spring' after a claim of 1").isEqualTo(1);
    }

    /** A claim beyond the limit refuses the whole append: no entry, no version, no receipt, no other claim. */
    @Test
    public void required_aClaimBeyondTheLimitRefusesTheWholeAppend() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        earnClaiming(ann, List.of(BudgetClaim.of("welcome", 7, 10)));
        MemberState before = load(store(), ann.id());
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(50, day(2))));
        Append append = Append.of("too-much", "fp", ann.change(earned))
                .withClaims(List.of(BudgetClaim.of("spring", 1, 5), BudgetClaim.of("welcome", 4, 10)));

        assertThat(store().append(append)).as("claiming 4 of budget 'welcome' with 7 of 10 used")
                .isEqualTo(new AppendResult.BudgetExhausted("welcome", 10, 7, 4));
        assertThat(load(store(), ann.id())).as("state after the refused append").isEqualTo(before);
        assertThat(store().findReceipt(ann.id(), "too-much")).as("receipt of the refused append").isEmpty();
        assertThat(store().budgetUsed("welcome")).as("budget 'welcome' after the refusal").isEqualTo(7);
        assertThat(store().budgetUsed("spring")).as("budget 'spring', claimed in the refused append").isZero();
    }

    /** A limit of 0 refuses every claim. */
    @Test
    public void required_aLimitOfZeroRefusesEveryClaim() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(50, day(1))));

        assertThat(store().append(Append.of("k", "fp", ann.change(earned)).withClaim(BudgetClaim.of("closed", 1, 0))))
                .as("claiming 1 of a budget with limit 0").isEqualTo(new AppendResult.BudgetExhausted("closed", 0, 0, 1));
        assertThat(load(store(), ann.id()).version()).as("version after the refusal").isEqualTo(1);
    }

    /** A retry of an applied append is a duplicate, even though its budget is used up by now. */
    @Test
    public void required_aRetryOfAnAppliedClaimIsADuplicateEvenWhenTheBudgetIsUsedUp() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(50, day(1))));
        Append append = Append.of("bonus", "fp", ann.change(earned)).withClaim(BudgetClaim.of("welcome", 1, 1));
        AppendResult first = store().append(append);
        MemberState after = load(store(), ann.id());

        assertThat(store().append(append)).as("the same append again, with budget 'welcome' used up")
                .isEqualTo(new AppendResult.Duplicate(applied(first)));
        assertThat(store().budgetUsed("welcome")).as("budget 'welcome' after the retry").isEqualTo(1);
        assertThat(load(store(), ann.id())).as("state after the retry").isEqualTo(after);
    }

    /** Versions are checked before budgets: a stale append with an exhausted budget is a version conflict. */
    @Test
    public void required_versionsAreCheckedBeforeBudgets() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(50, day(1))));
        Append stale = Append.of("stale", "fp", MemberChange.entries(ann.id(), 4, earned.entries(), earned.ledger().lots()))
                .withClaim(BudgetClaim.of("closed", 1, 0));

        assertThat(store().append(stale)).as("a stale append claiming a closed budget")
                .isEqualTo(new AppendResult.VersionConflict(ann.id(), 4, 1));
    }

    /**
     * {@value #RACERS} threads make {@value #ATTEMPTS} appends for distinct members, each claiming 1 of a
     * budget of {@value #LIMIT}: exactly {@value #LIMIT} apply, the rest are refused and change nothing.
     */
    @Test
    public void required_racingClaimsApplyExactlyUpToTheLimit() {
        List<MemberFixture> members = new ArrayList<>();
        List<Callable<AppendResult>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            MemberFixture member = MemberFixture.enroll(store(), String.format("racer-%03d", i));
            Accepted earned = member.plan(l -> l.earn(member.earnRequest(10, day(1))));
            Append append = Append.of("bonus", "fp", member.change(earned)).withClaim(BudgetClaim.of(FIRST_100, 1, LIMIT));
            members.add(member);
            attempts.add(() -> store().append(append));
        }

        List<AppendResult> results = Racing.race(attempts, RACERS);

        assertThat(results).as("results of %d claims on a budget of %d", ATTEMPTS, LIMIT)
                .filteredOn(AppendResult.Applied.class::isInstance).hasSize(LIMIT);
        assertThat(results).as("refused claims").filteredOn(r -> !(r instanceof AppendResult.Applied))
                .hasSize(ATTEMPTS - LIMIT).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(AppendResult.BudgetExhausted.class,
                        refused -> assertThat(refused.budget()).isEqualTo(FIRST_100)));
        assertThat(store().budgetUsed(FIRST_100)).as("budget used after the race").isEqualTo(LIMIT);
        for (int i = 0; i < ATTEMPTS; i++) {
            MemberState state = load(store(), members.get(i).id());
            boolean won = results.get(i) instanceof AppendResult.Applied;
            assertThat(state.version()).as("version of %s (claim applied: %s)", state.member().id(), won).isEqualTo(won ? 2 : 1);
            assertThat(state.entries()).as("entries of %s (claim applied: %s)", state.member().id(), won).hasSize(won ? 1 : 0);
        }
    }

    private void earnClaiming(MemberFixture member, List<BudgetClaim> claims) {
        Accepted earned = member.plan(l -> l.earn(member.earnRequest(10, day(1))));
        String key = member.nextKey();
        applied(store().append(Append.of(key, "fp-" + key, member.change(earned)).withClaims(claims)));
        member.appended(earned);
    }
}
