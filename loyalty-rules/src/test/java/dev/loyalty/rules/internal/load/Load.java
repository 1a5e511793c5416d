package dev.loyalty.rules.internal.load;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loyalty.rules.Problem;
import dev.loyalty.rules.ProgramException;
import java.util.List;
import java.util.Map;

/** Loads programs from strings in tests and returns the problems found. */
final class Load {

    /** A valid program.yaml; tests replace parts of it. Line numbers matter: keep the layout. */
    static final String YAML = """
            program: test
            version: "1"
            timeZone: Europe/Berlin
            currency: EUR
            pointTypes:
              - id: points
                kind: spendable
              - id: status
                kind: status
            tiers:
              statusPointType: status
              ladder:
                - { id: bronze, name: Bronze }
                - { id: silver, name: Silver, qualify: { statusPoints: 1000 } }
            """;

    /** A valid DRL file with one rule, "base earn", on lines 4 to 9; the pattern is on line 6. */
    static final String DRL = """
            package test;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn"
            when
                $p : Purchase(spend > 0)
            then
                decisions.earnPerUnit("points", "1");
            end
            """;

    private Load() {}

    /** The problems of a program that must fail to load. */
    static List<Problem> problems(String yaml, Map<String, String> drl) {
        ProgramException e = catchThrowableOfType(ProgramException.class,
                () -> ProgramLoader.strings(yaml, drl, Load.class.getClassLoader()));
        if (e == null) {
            throw new AssertionError("the program loaded, but should have failed");
        }
        return e.problems();
    }

    /** The problems of {@link #YAML} with {@code drl} as {@code earn.drl}. */
    static List<Problem> drlProblems(String drl) {
        return problems(YAML, Map.of("earn.drl", drl));
    }

    /** The problems of {@code yaml} with {@link #DRL} as {@code earn.drl}. */
    static List<Problem> yamlProblems(String yaml) {
        return problems(yaml, Map.of("earn.drl", DRL));
    }

    static Problem yaml(int line, String message) {
        return new Problem("program.yaml", line, 0, message);
    }

    static Problem earn(int line, int column, String message) {
        return new Problem("rules/earn.drl", line, column, message);
    }
}
