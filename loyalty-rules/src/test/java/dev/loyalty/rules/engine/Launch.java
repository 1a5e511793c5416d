package dev.loyalty.rules.engine;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Purchase;
import java.time.Instant;
import java.util.Map;

/** A launch program: 1 point per euro, and 500 bonus points from a budget, at most once per member. */
final class Launch {

    static final Instant DAY = Instant.parse("2026-03-02T10:00:00Z");

    private static final String YAML = """
            program: launch
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - { id: points, kind: spendable }
            budgets:
              - { id: launch, cap: %d, perMember: 1 }
              - { id: referral-pot, cap: 1000, unit: points }
            """;

    private static final String DRL = """
            package launch;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;

            rule "base earn"
            when Purchase()
            then decisions.earnPerUnit("points", 1);
            end

            rule "launch bonus"
            when Purchase()
            then decisions.award("points", 500).fromBudget("launch");
            end

            rule "review bonus"
            when Activity(kind == "review")
            then decisions.award("points", 400).fromBudget("referral-pot");
            end
            """;

    private Launch() {}

    /** The program, whose launch budget is {@code cap} awards. */
    static CompiledProgram program(int cap) {
        return CompiledProgram.compile(YAML.formatted(cap), Map.of("launch.drl", DRL));
    }

    /** A purchase of 10.00 by {@code member}. */
    static Purchase purchase(String id, String member) {
        return Purchase.of(id, MemberId.of(member), DAY, "EUR", "10.00", "beans");
    }
}
