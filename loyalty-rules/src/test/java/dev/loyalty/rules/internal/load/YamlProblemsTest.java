package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per kind of problem found in program.yaml. Line numbers refer to {@link Load#YAML} as changed. */
class YamlProblemsTest {

    @Test
    void missing_required_key() {
        assertThat(yamlProblems(YAML.replace("    kind: spendable\n", ""))).containsExactly(
                yaml(6, "point type 'points': missing required key 'kind'"));
    }

    @Test
    void unknown_key() {
        assertThat(yamlProblems(YAML.replace("    kind: spendable\n", "    kind: spendable\n    expirey: { days: 30 }\n")))
                .containsExactly(yaml(8, "unknown key 'expirey' in point type 'points' "
                        + "(known: id, kind, scale, expiry, pendingDays, value)"));
    }

    @Test
    void unknown_top_level_key() {
        assertThat(yamlProblems(YAML + "reversals: reject\n")).containsExactly(
                yaml(15, "unknown key 'reversals' in program.yaml (known: program, version, timeZone, currency, "
                        + "rounding, reversal, pointTypes, tiers, campaigns, rewards, segments, rules, games, budgets, "
                        + "memberships, notifications, winBack, requalification, rfm, lifecycle)"));
    }

    @Test
    void bad_time_zone() {
        assertThat(yamlProblems(YAML.replace("Europe/Berlin", "Europe/Berlinn"))).containsExactly(
                yaml(3, "'timeZone' must be a time zone such as Europe/Berlin, but was 'Europe/Berlinn'"));
    }

    @Test
    void bad_currency_and_rounding() {
        assertThat(yamlProblems(YAML.replace("currency: EUR", "currency: EURO\nrounding: CEILING"))).containsExactly(
                yaml(4, "'currency' must be an ISO 4217 currency code such as EUR, but was 'EURO'"),
                yaml(5, "'rounding' must be down | half_up | half_even | up, but was 'CEILING'"));
    }

    @Test
    void wrong_type() {
        assertThat(yamlProblems(YAML.replace("kind: spendable", "kind: spendable\n    scale: two"))).containsExactly(
                yaml(8, "point type 'points': 'scale' must be a whole number, but was 'two'"));
    }

    @Test
    void negative_scale_and_value() {
        assertThat(yamlProblems(YAML.replace("kind: spendable", "kind: spendable\n    scale: -1\n    value: \"-0.01\"")))
                .containsExactly(
                        yaml(8, "point type 'points': scale must be 0 to 6, but was -1"),
                        yaml(9, "point type 'points': value must be >= 0, but was -0.01"));
    }

    @Test
    void duplicate_ids() {
        assertThat(yamlProblems(YAML.replace("id: status", "id: points"))).containsExactly(
                yaml(8, "point type 'points': duplicate point type id 'points' (first declared on line 6)"),
                yaml(11, "tiers: statusPointType: unknown point type 'status' (known point types: points)"));
    }

    @Test
    void unknown_point_type_reference() {
        assertThat(yamlProblems(YAML.replace("statusPointType: status", "statusPointType: statuss"))).containsExactly(
                yaml(11, "tiers: statusPointType: unknown point type 'statuss' (known point types: points, status)"));
    }

    @Test
    void overlapping_tier_thresholds() {
        String yaml = YAML + "    - { id: gold, name: Gold, qualify: { statusPoints: 800 } }\n";
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(15, "tier 'gold' needs 800 status points, fewer than tier 'silver' (1000)"));
    }

    @Test
    void negative_tier_multiplier() {
        String yaml = YAML.replace("statusPoints: 1000 }", "statusPoints: 1000 }, benefits: { earnMultiplier: \"-1.5\" }");
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(14, "benefits of tier 'silver': earnMultiplier must be >= 1, but was -1.5"));
    }

    @Test
    void campaign_start_after_end_and_unknown_audience() {
        String yaml = YAML + """
                campaigns:
                  - id: xmas
                    name: Christmas
                    start: 2026-12-24T00:00
                    end: 2026-12-01T00:00
                    audience: { tiers: [gold], segments: [vips] }
                """;
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(19, "campaign 'xmas': start 2026-12-24T00:00 must be before end 2026-12-01T00:00"),
                yaml(20, "audience of campaign 'xmas': audience: unknown tier 'gold' (known tiers: bronze, silver)"),
                yaml(20, "audience of campaign 'xmas': audience: unknown segment 'vips' (known segments: none)"));
    }

    @Test
    void reward_problems() {
        String yaml = YAML + """
                rewards:
                  - id: cake
                    name: A cake
                    cost: { pointType: pionts, amount: -5 }
                    kind: discount
                    stock: -1
                """;
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(16, "reward 'cake': a discount needs 'percent'"),
                yaml(18, "cost of reward 'cake': amount must be >= 0, but was -5"),
                yaml(18, "cost of reward 'cake': pointType: unknown point type 'pionts' (known point types: points, status)"),
                yaml(20, "reward 'cake': stock must be >= 0, but was -1"));
    }

    @Test
    void not_yaml() {
        assertThat(yamlProblems("program: [unclosed\n")).containsExactly(yaml(2,
                "not valid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence starting on line 1)"));
    }

    @Test
    void listed_rule_file_missing_and_file_not_listed() {
        assertThat(yamlProblems(YAML + "rules: [earning.drl]\n")).containsExactly(
                yaml(15, "rule file 'earning.drl' is listed under 'rules:' but rules/earning.drl does not exist"),
                new dev.loyalty.rules.Problem("rules/earn.drl", 0, 0,
                        "this file is not listed under 'rules:' in program.yaml: list it there, or remove it"));
    }
}
