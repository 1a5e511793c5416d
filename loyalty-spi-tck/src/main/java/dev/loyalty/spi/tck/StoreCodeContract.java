package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.applied;
import static dev.loyalty.spi.tck.Fixtures.day;
import static dev.loyalty.spi.tck.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.MemberState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issued codes: kept with their append or not at all, found by their text, never issued twice. */
public abstract class StoreCodeContract extends StoreContractBase {

    /** For subclasses. */
    protected StoreCodeContract() {}

    /** A code issued with an applied append is found by its text, as it was issued; an unknown one is not. */
    @Test
    public void required_anIssuedCodeIsFoundByItsText() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        IssuedCode code = code("7K3M-9QX2-HD4T", ann, "twenty-off", 20);
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(50, day(1))));

        applied(store().append(Append.of("issue", "fp", ann.change(earned)).withCodes(List.of(code))));

        assertThat(store().findCode("7K3M-9QX2-HD4T")).as("code 7K3M-9QX2-HD4T").contains(code);
        assertThat(store().findCode("7K3M-9QX2-HD4X")).as("a code never issued").isEmpty();
    }

    /** A refused append issues none of its codes. */
    @Test
    public void required_aRefusedAppendIssuesNoCode() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        Accepted earned = ann.plan(l -> l.earn(ann.earnRequest(50, day(1))));
        Append append = Append.of("issue", "fp", ann.change(earned)).withClaim(BudgetClaim.of("closed", 1, 0))
                .withCodes(List.of(code("AAAA", ann, "mug", 0)));

        assertThat(store().append(append)).as("an append claiming a closed budget").isInstanceOf(AppendResult.BudgetExhausted.class);
        assertThat(store().findCode("AAAA")).as("the code of the refused append").isEmpty();
    }

    /** An append that issues a code issued before fails with IllegalArgumentException and changes nothing. */
    @Test
    public void required_aCodeIsIssuedOnlyOnce() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        IssuedCode first = code("SAME", ann, "mug", 0);
        Accepted annEarned = ann.plan(l -> l.earn(ann.earnRequest(50, day(1))));
        applied(store().append(Append.of("issue", "fp", ann.change(annEarned)).withCodes(List.of(first))));
        MemberState before = load(store(), bob.id());
        Accepted bobEarned = bob.plan(l -> l.earn(bob.earnRequest(50, day(1))));

        assertThatThrownBy(() -> store().append(Append.of("issue", "fp", bob.change(bobEarned)).withCodes(List.of(code("SAME", bob, "mug", 0)))))
                .as("issuing code SAME again").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SAME");
        assertThat(load(store(), bob.id())).as("bob after the refused append").isEqualTo(before);
        assertThat(store().findCode("SAME")).as("code SAME").contains(first);
    }

    private static IssuedCode code(String text, MemberFixture member, String reward, long value) {
        return new IssuedCode(text, member.id(), reward, value, day(1), day(31), "issue");
    }
}
