package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.earn;
import static dev.loyalty.rules.internal.load.Load.problems;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems with {@code budgets:} and with {@code fromBudget} in DRL, each at its line. */
class BudgetProblemsTest {

    @Test
    void a_budget_needs_a_cap_of_at_least_zero_a_known_unit_and_a_positive_share() {
        String yaml = YAML + """
                budgets:
                  - { id: launch, cap: -1 }
                  - { id: launch, cap: 5 }
                  - { id: spring, unit: coins, perMember: 0 }
                """;
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(16, "budget 'launch': 'cap' must be >= 0, but was -1"),
                yaml(17, "budget 'launch': duplicate budget id 'launch' (first declared on line 16)"),
                yaml(18, "budget 'spring': missing required key 'cap'"),
                yaml(18, "budget 'spring': 'unit' must be awards | points, but was 'coins'"),
                yaml(18, "budget 'spring': 'perMember' must be >= 1, but was 0"));
    }

    @Test
    void an_award_from_an_undeclared_budget_is_reported_at_its_literal() {
        String drl = Load.DRL.replace("decisions.earnPerUnit(\"points\", \"1\");",
                "decisions.award(\"points\", 500).fromBudget(\"lunch\");");
        String yaml = YAML + "budgets: [ { id: launch, cap: 100 } ]\n";
        assertThat(problems(yaml, Map.of("earn.drl", drl))).containsExactly(
                earn(8, 47, "unknown budget 'lunch' (known budgets: launch) in rule 'base earn'"));
    }
}
