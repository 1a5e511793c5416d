package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.DRL;
import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.drlProblems;
import static dev.loyalty.rules.internal.load.Load.earn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.rules.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per kind of problem Drools or our own checks find in DRL files. */
class DrlProblemsTest {

    private static final String KNOWN_TYPES = "known fact types: Member, Purchase, Line, Refund, Enrollment, Activity, "
            + "Referral, RedemptionRequest, Event, Campaign, Today, Decisions, Spin";

    @Test
    void syntax_error() {
        assertThat(drlProblems(DRL.replace("then\n", ""))).containsExactly(
                earn(8, 1, "syntax error: mismatched input 'end' in rule \"base earn\""));
    }

    @Test
    void unknown_fact_type() {
        assertThat(drlProblems(DRL.replace("Purchase(", "Purchse("))).containsExactly(
                earn(6, 10, "unknown fact type 'Purchse' in rule 'base earn' — " + KNOWN_TYPES + "; did you mean 'Purchase'?"));
    }

    @Test
    void fact_types_not_imported() {
        assertThat(drlProblems(DRL.replace("import dev.loyalty.rules.facts.*;", ""))).containsExactly(
                earn(6, 10, "fact type 'Purchase' is not imported in rule 'base earn': add "
                        + "'import dev.loyalty.rules.facts.*;' after the package"));
    }

    @Test
    void unknown_field() {
        assertThat(drlProblems(DRL.replace("spend > 0", "spnd > 0"))).containsExactly(
                earn(6, 19, "unknown field 'spnd' of Purchase in rule 'base earn' — Purchase has: at, currency, id, "
                        + "lines, memberId, spend, total, type; did you mean 'spend'?"));
    }

    @Test
    void undeclared_decisions_global() {
        assertThat(drlProblems(DRL.replace("global dev.loyalty.rules.facts.Decisions decisions;", ""))).containsExactly(
                earn(8, 5, "the global 'decisions' is not declared in rule 'base earn': add "
                        + "'global dev.loyalty.rules.facts.Decisions decisions;' after the imports"));
    }

    @Test
    void unknown_method_in_a_consequence() {
        assertThat(drlProblems(DRL.replace("earnPerUnit", "earnPerUnt"))).containsExactly(
                earn(8, 15, "The method earnPerUnt(String, String) is undefined for the type Decisions in rule 'base earn'"));
    }

    @Test
    void unknown_point_type() {
        assertThat(drlProblems(DRL.replace("\"points\"", "\"pionts\""))).containsExactly(
                earn(8, 27, "unknown point type 'pionts' (known point types: points, status) in decisions.earnPerUnit "
                        + "in rule 'base earn'"));
    }

    @Test
    void unknown_tier() {
        assertThat(drlProblems(DRL.replace("$p : Purchase(spend > 0)", "Member(tier == \"platinum\")"))).containsExactly(
                earn(6, 20, "unknown tier 'platinum' (known tiers: bronze, silver) in rule 'base earn'"));
    }

    @Test
    void unknown_campaign_reward_and_segment() {
        String drl = DRL.replace("$p : Purchase(spend > 0)", """
                Campaign(priority > 1, id == "xmas")
                    RedemptionRequest(reward == "free-cake")
                    Member(inSegment("vips"))""");
        assertThat(drlProblems(drl)).containsExactly(
                earn(6, 34, "unknown campaign 'xmas' (known campaigns: none) in rule 'base earn'"),
                earn(7, 33, "unknown reward 'free-cake' (known rewards: none) in rule 'base earn'"),
                earn(8, 22, "unknown segment 'vips' (known segments: none) in rule 'base earn'"));
    }

    @Test
    void negative_rate() {
        assertThat(drlProblems(DRL.replace("\"1\"", "\"-1.5\""))).containsExactly(
                earn(8, 37, "negative number \"-1.5\" in decisions.earnPerUnit in rule 'base earn': "
                        + "rates, factors, caps and amounts must be >= 0"));
    }

    @Test
    void duplicate_rule_names_across_files() {
        assertThat(Load.problems(YAML, Map.of("earn.drl", DRL, "more.drl", DRL.replace("package test;", "package more;"))))
                .containsExactly(new Problem("rules/more.drl", 4, 1,
                        "duplicate rule name 'base earn' (first at rules/earn.drl:4); rule names must be unique in the program"));
    }

    @Test
    void comments_are_not_checked() {
        String drl = DRL.replace("then\n", "then\n    // decisions.award(\"nope\", -5);\n    /* tier == \"none\" */\n");
        assertThat(ProgramLoader.strings(YAML, Map.of("earn.drl", drl), getClass().getClassLoader()).rules())
                .hasSize(1);
    }
}
