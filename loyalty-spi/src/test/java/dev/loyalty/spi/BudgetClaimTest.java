package dev.loyalty.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetClaimTest {

    private static final MemberChange CHANGE = MemberChange.entries(MemberId.of("anna"), 1, List.of(), List.of());

    @Test
    void aClaimNamesItsBadField() {
        assertThatThrownBy(() -> BudgetClaim.of("welcome", -3, 10)).hasMessage("amount must be > 0, but was -3");
        assertThatThrownBy(() -> BudgetClaim.of("welcome", 0, 10)).hasMessage("amount must be > 0, but was 0");
        assertThatThrownBy(() -> BudgetClaim.of("welcome", 1, -1)).hasMessage("limit must be >= 0, but was -1");
        assertThatThrownBy(() -> BudgetClaim.of(" ", 1, 1))
                .hasMessage("budget must be 1 to 200 characters and not blank, but was ' '");
        assertThatThrownBy(() -> BudgetClaim.of("b".repeat(201), 1, 1)).hasMessageStartingWith("budget must be 1 to 200");
        assertThat(BudgetClaim.of("b".repeat(200), 1, 0).limit()).isZero();
    }

    @Test
    void anAppendClaimsEachBudgetOnce() {
        Append append = Append.of("k", "fp", CHANGE).withClaim(BudgetClaim.of("welcome", 1, 100));

        assertThat(append.claims()).containsExactly(BudgetClaim.of("welcome", 1, 100));
        assertThat(Append.of("k", "fp", CHANGE).claims()).isEmpty();
        assertThatThrownBy(() -> append.withClaim(BudgetClaim.of("welcome", 2, 100)))
                .hasMessage("budget 'welcome' is claimed twice in one append");
    }
}
