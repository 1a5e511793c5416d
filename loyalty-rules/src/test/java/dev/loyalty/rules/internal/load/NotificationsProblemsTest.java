package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The problems of the engagement sections ({@code notifications}, {@code winBack}, ...), each at its line (YAML's lines start at 15). */
class NotificationsProblemsTest {

    @Test
    void unknown_templates_placeholders_and_point_types_and_bad_numbers() {
        String yaml = YAML + """
                notifications:
                  balanceOf: coins
                  triggers:
                    welcome: hello
                    pointsExpiring: { template: expiring, days: 0 }
                    survey: { template: expiring, every: P5M }
                  templates:
                    expiring: { en: "{{points}} by {{when}}" }
                    gruss: { de: "Hallo {{name}}" }
                """;

        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(16, "notifications: balanceOf: unknown point type 'coins' (known point types: points, status)"),
                yaml(18, "notifications.triggers: 'welcome' names unknown template 'hello' (known templates: expiring)"),
                yaml(19, "notifications.triggers.pointsExpiring: 'days' must be >= 1, but was 0"),
                yaml(20, "notifications.triggers.survey: 'every' must be P1M, P2M, P3M, P4M, P6M or P12M, but was 'P5M'"),
                yaml(22, "notifications: template 'expiring' uses unknown placeholder '{{when}}' (known: name, balance, points,"
                        + " deadline, tier, tierName, previousTier, reward, rewardName, suggestions, order, sku, days, deadlineDate,"
                        + " deadlinePoints)"),
                yaml(23, "notifications: template 'gruss' has no text in the default locale 'en'"));
    }

    @Test
    void win_back_requalification_rfm_and_lifecycle_problems() {
        String yaml = YAML + """
                winBack:
                  inactiveDays: 0
                  bonus: { pointType: coins, amount: 500, validDays: 7 }
                requalification: { offerDays: 0 }
                rfm:
                  scoring: bins
                  bins: { recencyDays: [30, 7, 90, 180], frequency: [1, 2, 3, 4], monetary: ["1.00", "2.00", "3.00"] }
                  segments:
                    - { id: champions, recency: 6 }
                lifecycle: { window: P1W, inactiveDays: [180, 90] }
                """;

        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(16, "winBack: 'inactiveDays' must be >= 1, but was 0"),
                yaml(17, "winBack.bonus: pointType: unknown point type 'coins' (known point types: points, status)"),
                yaml(18, "requalification: 'offerDays' must be >= 1, but was 0"),
                yaml(21, "rfm.bins: 'recencyDays' must be 4 thresholds, ascending, but was [30, 7, 90, 180]"),
                yaml(21, "rfm.bins: 'monetary' must be 4 thresholds, ascending, but was [100, 200, 300]"),
                yaml(23, "rfm segment 'champions': 'recency' must be a score 1 to 5 or a range such as 4-5, but was '6'"),
                yaml(24, "lifecycle: 'window' must be whole months such as P12M, but was 'P1W'"),
                yaml(24, "lifecycle: 'inactiveDays' must be whole numbers >= 1, ascending, but one was '90'"));
    }
}
