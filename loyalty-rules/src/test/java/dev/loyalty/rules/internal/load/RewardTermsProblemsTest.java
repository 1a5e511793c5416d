package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Problems in the reward keys of issue 7 (code, earlyAccess, partnerPool) and in memberships. */
class RewardTermsProblemsTest {

    @Test
    void codesEarlyAccessPartnersAndMembershipsAreChecked() {
        String yaml = YAML + """
                rewards:
                  - id: mug
                    name: A mug
                    cost: { pointType: points, amount: 10 }
                    kind: product
                    code: { validDays: 0, partialUse: true }
                    earlyAccess: { platinum: 2027-01-01T00:00, silver: soon }
                    partnerPool: cinema
                memberships:
                  - { id: vip, name: VIP, price: "0", period: P0D, grace: P-1D }
                """;

        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(20, "code of reward 'mug': validDays must be >= 1, but was 0"),
                yaml(20, "code of reward 'mug': 'partialUse' is only for kind coupon"),
                yaml(21, "reward 'mug': earlyAccess of tier 'silver' must be " + CampaignsReader.DATE_TIME + ", but was 'soon'"),
                yaml(21, "reward 'mug': earlyAccess: unknown tier 'platinum' (known tiers: bronze, silver)"),
                yaml(22, "reward 'mug': a reward has either 'code' (codes of the program's own) or 'partnerPool', not both"),
                yaml(24, "membership 'vip': price must be > 0, but was 0"),
                yaml(24, "membership 'vip': period must be > 0, but was P0D"),
                yaml(24, "membership 'vip': grace must be >= 0, but was P-1D"));
    }
}
