package dev.loyalty.rules.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class CampaignRulesTest {

    @Test
    void onlyRulesWithACampaignPatternAnywhereCanMatchOne() {
        KieBase kieBase = EvaluatorTest.kieBase("""
                rule "plain" when Purchase() then decisions.earnPerUnit("points", 1); end
                rule "member" when Member(tier == "gold") Purchase() then decisions.multiply("points", "2"); end
                rule "campaign" when Campaign(id == "beans") Purchase() then decisions.multiply("points", "2"); end
                rule "any object" when $o : Object() Purchase() then decisions.multiply("points", "2"); end
                rule "in or" when Purchase() (Campaign(id == "a") or Member(tier == "gold")) then decisions.award("points", 1); end
                rule "exists" when Purchase() exists Campaign() then decisions.award("points", 1); end
                """);
        CampaignRules campaignRules = new CampaignRules();

        assertThat(campaignRules.canMatch(kieBase.getRule("test", "plain"))).isFalse();
        assertThat(campaignRules.canMatch(kieBase.getRule("test", "member"))).isFalse();
        assertThat(campaignRules.canMatch(kieBase.getRule("test", "campaign"))).isTrue();
        assertThat(campaignRules.canMatch(kieBase.getRule("test", "any object"))).isTrue();
        assertThat(campaignRules.canMatch(kieBase.getRule("test", "in or"))).isTrue();
        assertThat(campaignRules.canMatch(kieBase.getRule("test", "exists"))).isTrue();
    }
}
