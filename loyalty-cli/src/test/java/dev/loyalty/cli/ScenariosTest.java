package dev.loyalty.cli;

import static dev.loyalty.cli.Cli.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {

    @TempDir
    Path dir;

    /** The café's scenarios, run by JUnit as a rule author's build would. */
    @TestFactory
    Stream<DynamicTest> cafeScenarios() {
        return ProgramScenarios.of(Path.of(resource("cafe")));
    }

    @Test
    void theTestCommandRunsEveryScenario() {
        assertThat(Cli.run("test", resource("cafe"))).isEqualTo(new Cli(0, """
                ok      the launch week's bonus, a refused coffee, and points that expire after 30 days
                ok      silver members earn double
                2 passed, 0 failed
                """, ""));
    }

    private Path cafeWith(String scenario) throws IOException {
        Path program = dir.resolve("cafe");
        Files.createDirectories(program.resolve("rules"));
        Files.createDirectories(program.resolve("scenarios"));
        Files.copy(Path.of(resource("cafe/program.yaml")), program.resolve("program.yaml"));
        Files.copy(Path.of(resource("cafe/rules/earn.drl")), program.resolve("rules/earn.drl"));
        Files.writeString(program.resolve("scenarios/wrong.yaml"), scenario);
        return program;
    }

    @Test
    void aFailingScenarioSaysEveryWayItDifferedAndExitsWith1() throws IOException {
        Path program = cafeWith("""
                given:
                  members: [ { id: anna, at: 2026-02-01T09:00:00Z } ]
                when:
                  - { type: purchase, id: order-1, member: anna, at: 2026-02-02T10:00:00Z, currency: EUR, amount: "20.00", category: beans }
                  - { type: redeem, id: r-1, member: anna, at: 2026-02-04T10:00:00Z, reward: coffee }
                then:
                  balances: { anna: { points: 25 } }
                  tiers: { anna: silver }
                  entries: { anna: { points: [ { kind: EARNED, amount: 20, rule: tier multiplier } ] } }
                """);

        Cli cli = Cli.run("test", program.toString());

        assertThat(cli.code()).isEqualTo(1);
        assertThat(cli.out().lines()).hasSize(6).startsWith("FAILED  wrong")
                .contains("        balance of anna, points: expected 25, but was 20",
                        "        tier of anna: expected silver, but was bronze",
                        "        entries of anna, points: expected [EARNED +20 by tier multiplier], but were [EARNED +20 by base earn]")
                .endsWith("0 passed, 1 failed");
        assertThat(cli.out().lines().toList().get(1)).startsWith("        event r-1 was refused: INSUFFICIENT_POINTS (");
    }

    @Test
    void theJUnitHelperFailsWithWhatDiffered() throws IOException {
        Path program = cafeWith("""
                given:
                  members: [ { id: anna, at: 2026-02-01T09:00:00Z } ]
                when:
                  - { type: purchase, id: order-1, member: anna, at: 2026-02-02T10:00:00Z, currency: EUR, amount: "20.00", category: beans }
                then:
                  balances: { anna: { points: 25 } }
                  tiers: { anna: silver }
                  entries: { anna: { points: [ { kind: EARNED, amount: 20, rule: tier multiplier } ] } }
                """);
        List<DynamicTest> tests = ProgramScenarios.of(program).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("wrong");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class).hasMessage("""
                scenario 'wrong':
                  balance of anna, points: expected 25, but was 20
                  tier of anna: expected silver, but was bronze
                  entries of anna, points: expected [EARNED +20 by tier multiplier], but were [EARNED +20 by base earn]""");
    }

    @Test
    void aMalformedScenarioIsBadInputNamingFileAndEvent() throws IOException {
        Path program = cafeWith("""
                given:
                  members: [ { id: anna, at: 2026-02-01T09:00:00Z } ]
                when:
                  - { type: purchase, id: order-1, member: anna, at: 2026-02-02T10:00:00Z, currency: EUR, amount: "2O.00", category: beans }
                """);

        assertThat(Cli.run("test", program.toString())).isEqualTo(new Cli(2, "", "loyalty: " + program.resolve("scenarios/wrong.yaml")
                + ": when[0]: purchase 'order-1': 'amount' must be a decimal number such as \"12.90\", but was \"2O.00\"\n"));
    }
}
