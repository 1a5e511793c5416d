package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The problems of rewards bought with money ({@code price}), each at its line (YAML's lines start at 15). */
class RewardPriceProblemsTest {

    @Test
    void a_reward_has_a_cost_or_a_price_not_both_nor_neither_and_the_price_fits_the_currency() {
        String yaml = YAML + """
                rewards:
                  - id: both
                    name: Both
                    cost: { pointType: points, amount: 100 }
                    price: "5.00"
                    kind: product
                  - { id: neither, name: Neither, kind: product }
                  - { id: negative, name: Negative, price: "-1.00", kind: product }
                  - { id: cents, name: Cents, price: "2.505", kind: product }
                """;

        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(19, "reward 'both': a reward has 'cost' (points) or 'price' (money), not both"),
                yaml(21, "reward 'neither': a reward needs 'cost' (points) or 'price' (money)"),
                yaml(22, "reward 'negative': price must be >= 0, but was -1.00"),
                yaml(23, "reward 'cents': price 2.505 has more decimals than EUR (2)"));
    }
}
