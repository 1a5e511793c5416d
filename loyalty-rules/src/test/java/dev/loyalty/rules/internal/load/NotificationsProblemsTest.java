package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code notifications:} section's problems, each at its line (YAML's lines start at 15). */
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
}
