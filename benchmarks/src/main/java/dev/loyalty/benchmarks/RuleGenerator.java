package dev.loyalty.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates programs of any number of earn rules of the shape of {@link BenchProgram}'s: base rates,
 * exclusions by category, SKU and label, tier and category multipliers, campaign windows, caps,
 * birthday and first-purchase bonuses, and best-promotion-wins activation groups, cycling through ten
 * kinds of rule with literals that differ from rule to rule. Twenty rules to a file.
 */
public final class RuleGenerator {

    private static final int RULES_PER_FILE = 20;
    private static final String HEADER = """
            package bench;

            import dev.loyalty.rules.facts.*;

            global dev.loyalty.rules.facts.Decisions decisions;
            """;

    private RuleGenerator() {}

    /** A program of {@code rules} rules: its {@code program.yaml} (that of {@link BenchProgram}) and DRL files. */
    public record Generated(String yaml, Map<String, String> drl) {

        /** Copies the map. */
        public Generated {
            drl = Collections.unmodifiableMap(new LinkedHashMap<>(drl));
        }
    }

    /** A program of {@code count} rules. */
    public static Generated program(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, but was " + count);
        }
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            file.append('\n').append(rule(i));
            if ((i + 1) % RULES_PER_FILE == 0 || i == count - 1) {
                files.put(String.format("gen-%03d.drl", i / RULES_PER_FILE), file.toString());
                file = new StringBuilder(HEADER);
            }
        }
        return new Generated(yaml(List.copyOf(files.keySet())), files);
    }

    private static String yaml(List<String> ruleFiles) {
        String yaml = BenchProgram.yaml();
        int rules = yaml.lastIndexOf("\nrules:");
        return yaml.substring(0, rules + 1) + "rules: [" + String.join(", ", ruleFiles) + "]\n";
    }

    static String rule(int i) {
        String category = "category-" + i;
        String when;
        String then;
        String attributes = "";
        switch (i % 10) {
            case 0 -> {
                when = "Purchase(spend >= " + (i % 7) + ")";
                then = "decisions.earnPerUnit(\"points\", 1);\n    decisions.earnPerUnit(\"status\", 1);\n"
                        + "    decisions.minimumSpend(\"5.00\");";
            }
            case 1 -> {
                when = "Purchase(hasCategory(\"" + category + "\"))";
                then = "decisions.excludeCategory(\"" + category + "\");";
            }
            case 2 -> {
                when = "Purchase(hasSku(\"SKU-" + i + "\"))";
                then = "decisions.excludeSku(\"SKU-" + i + "\");";
            }
            case 3 -> {
                when = "Purchase(spendWithLabel(\"seller\", \"seller-" + i + "\") > 0)";
                then = "decisions.excludeLabel(\"seller\", \"seller-" + i + "\");";
            }
            case 4 -> {
                when = "$m : Member(tier == \"" + (i % 20 < 10 ? "silver" : "gold") + "\")\n    Purchase()";
                then = "decisions.multiply(\"points\", $m.getEarnMultiplier());";
            }
            case 5 -> {
                when = "Purchase(spendWithLabel(\"origin\", \"origin-" + i + "\") > 0)";
                then = "decisions.multiplyLabel(\"points\", \"origin\", \"origin-" + i + "\", \"1.5\");";
            }
            case 6 -> {
                String campaign = i % 20 < 10 ? "double-week" : "machines-month";
                when = "Campaign(id == \"" + campaign + "\")\n    Purchase(hasCategory(\"" + category + "\"))";
                then = "decisions.multiplyCategory(\"points\", \"" + category + "\", \"2\");";
            }
            case 7 -> {
                when = "Purchase(spend >= " + (10 + i) + ")";
                then = "decisions.cap(\"points\", " + (1000 + i) + ");";
            }
            case 8 -> {
                String occasion = i % 20 < 10 ? "Today(birthday)" : "Member(purchaseCount == 0)";
                when = occasion + "\n    Purchase(spend >= " + (i % 30) + ")";
                then = "decisions.award(\"points\", " + (100 + i) + ").expiresInDays(30);";
            }
            default -> {
                attributes = "    salience " + (i % 30) + "\n    activation-group \"basket-" + (i / 30) + "\"\n";
                when = "Purchase(spend >= " + (50 + i) + ")";
                then = "decisions.award(\"points\", " + (40 + i) + ");";
            }
        }
        return "rule \"rule " + i + "\"\n" + attributes + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }
}
