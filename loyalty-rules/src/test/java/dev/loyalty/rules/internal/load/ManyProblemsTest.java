package dev.loyalty.rules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loyalty.rules.Problem;
import dev.loyalty.rules.ProgramException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program with problems in every file: all are reported at once, in file and line order. */
class ManyProblemsTest {

    private static final String YAML = """
            program: broken
            version: "1"
            timeZone: Mars/Olympus
            currency: EUR
            pointTypes:
              - id: points
                kind: spendable
                expirey: { days: 30 }
              - id: points
                kind: status
            tiers:
              statusPointType: status
              ladder:
                - { id: bronze, name: Bronze }
                - { id: silver, name: Silver, qualify: { statusPoints: 1000 } }
                - { id: gold, name: Gold, qualify: { statusPoints: 800 } }
            """;

    private static final String EARN = """
            package broken;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn"
            when
                Purchse()
            then
                decisions.earnPerUnit("pionts", "1");
            end
            rule "gold bonus"
            when
                Member(tier == "platinum")
            then
                decisions.multiply("points", "-2");
            end
            """;

    private static final String REDEEM = """
            package broken;
            import dev.loyalty.rules.facts.*;
            global dev.loyalty.rules.facts.Decisions decisions;
            rule "base earn"
            when
                RedemptionRequest(points > )
            then
            end
            """;

    @Test
    void reports_every_problem_of_every_file_at_once() {
        ProgramException e = catchThrowableOfType(ProgramException.class, () -> ProgramLoader.strings(YAML,
                Map.of("earn.drl", EARN, "redeem.drl", REDEEM), getClass().getClassLoader()));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "program.yaml:3: 'timeZone' must be a time zone such as Europe/Berlin, but was 'Mars/Olympus'",
                "program.yaml:8: unknown key 'expirey' in point type 'points' (known: id, kind, scale, expiry, pendingDays, value)",
                "program.yaml:9: point type 'points': duplicate point type id 'points' (first declared on line 6)",
                "program.yaml:12: tiers: statusPointType: unknown point type 'status' (known point types: points)",
                "program.yaml:16: tier 'gold' needs 800 status points, fewer than tier 'silver' (1000)",
                "rules/earn.drl:6:5: unknown fact type 'Purchse' in rule 'base earn' — known fact types: Member, Purchase, "
                        + "Line, Refund, Enrollment, Activity, Referral, RedemptionRequest, Event, Campaign, Today, Decisions, Spin; "
                        + "did you mean 'Purchase'?",
                "rules/earn.drl:8:27: unknown point type 'pionts' (known point types: points) in decisions.earnPerUnit in rule 'base earn'",
                "rules/earn.drl:12:20: unknown tier 'platinum' (known tiers: bronze, silver, gold) in rule 'gold bonus'",
                "rules/earn.drl:14:34: negative number \"-2\" in decisions.multiply in rule 'gold bonus': rates, factors, caps and amounts must be >= 0",
                "rules/redeem.drl:4:1: duplicate rule name 'base earn' (first at rules/earn.drl:4); rule names must be unique in the program",
                "rules/redeem.drl:6:32: syntax error: no viable alternative at input ')' in rule \"base earn\"");
        assertThat(e.getMessage()).startsWith("the program has 11 problems:\nprogram.yaml:3: ");
    }
}
