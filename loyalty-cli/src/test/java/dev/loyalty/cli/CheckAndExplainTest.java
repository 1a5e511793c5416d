package dev.loyalty.cli;

import static dev.loyalty.cli.Cli.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckAndExplainTest {

    @Test
    void checkSaysWhatAValidProgramHas() {
        assertThat(Cli.run("check", resource("cafe"))).isEqualTo(new Cli(0,
                resource("cafe") + ": cafe 1 is valid: 2 point types, 2 tiers, 1 campaign, 1 reward, 3 rules\n", ""));
    }

    @Test
    void checkListsEveryProblemWithFileAndLineAndExitsWith2() {
        String dir = resource("broken");

        Cli cli = Cli.run("check", dir);

        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("loyalty: " + dir + ": the program has 2 problems:\n"
                + "  " + dir + "/program.yaml:6: unknown key 'expirey' in point type 'points'")
                .contains("\n  " + dir + "/rules/earn.drl:9:5: unknown fact type 'Purchse' in rule 'base earn'");
        assertThat(Cli.run("check", "no/such/dir")).isEqualTo(new Cli(2, "", "loyalty: no program directory no/such/dir\n"));
    }

    @Test
    void explainPrintsTheMembersStatementWithTheRulesBehindEachEntry() {
        Cli cli = Cli.run("explain", "--program", resource("cafe"), "--events", resource("cafe.jsonl"), "--member", "anna",
                "--point-type", "points");

        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("""
                Statement of anna, points, at 2026-02-20T10:00:00Z (UTC)
                  #  date        entry       points   total  why
                  1  2026-01-03  EARNED         +40      40  rule:base earn
                  3  2026-01-03  EARNED         +10      50  rule:launch bonus in launch
                  4  2026-01-12  EARNED         +70     120  rule:base earn
                  6  2026-01-20  EARNED         +40     160  rule:base earn (base earn, tier multiplier)
                  8  2026-01-21  REDEEMED       -50     110  reward:coffee [lot 1 -40, lot 3 -10]
                  9  2026-01-25  REVERSED       -40      70  request:refund (base earn, tier multiplier) [lot 6 -40] (of #6)
                 11  2026-02-11  EXPIRED        -70       0  system:expiry [lot 4 -70]
                Available 0, pending 0, debt 0
                Tier silver since 2026-01-12T10:00:00Z
                """);
    }

    @Test
    void explainNamesAMemberNobodyEnrolled() {
        assertThat(Cli.run("explain", "--program", resource("cafe"), "--events", resource("cafe.jsonl"), "--member", "zoe"))
                .isEqualTo(new Cli(2, "", "loyalty: explain: member 'zoe' is not enrolled by any event in " + resource("cafe.jsonl") + "\n"));
    }

    @Test
    void noCommandPrintsUsageAndAnUnknownOneIsBadInput() {
        assertThat(Cli.run()).isEqualTo(new Cli(2, "", Loyalty.USAGE));
        assertThat(Cli.run("simulat").err()).startsWith("loyalty: unknown command 'simulat'\nUsage: loyalty COMMAND");
        assertThat(Cli.run("--help")).isEqualTo(new Cli(0, Loyalty.USAGE, ""));
    }
}
