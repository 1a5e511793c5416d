package dev.loyalty.rules.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.rules.CompiledProgram;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program without tiers, campaigns or rewards, whose rule files are found by listing {@code rules/}. */
class PlainProgramTest {

    @Test
    void loads_without_optional_sections_and_sorts_unlisted_rule_files_by_name() {
        for (CompiledProgram program : new CompiledProgram[] {
                CompiledProgram.load(CompiledProgramTest.resourceDir("programs/plain")),
                CompiledProgram.loadClasspath("programs/plain/", getClass().getClassLoader())}) {
            assertThat(program.tiers()).isEmpty();
            assertThat(program.statusPointType()).isEmpty();
            assertThat(program.campaigns()).isEmpty();
            assertThat(program.rewards()).isEmpty();
            assertThat(program.segments()).isEmpty();
            assertThat(program.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
            assertThat(program.ledgerPolicy().reversal()).isEqualTo(ReversalPolicy.REJECT);
            assertThat(program.type("miles")).isEqualTo(PointType.spendable("miles", 2));
            assertThat(program.type("yen")).isEqualTo(PointType.wallet("yen", Currency.getInstance("JPY")));
            assertThat(program.rules()).containsExactly(new RuleInfo("first file", "rules/a.drl", 4),
                    new RuleInfo("second file", "rules/b.drl", 4));
        }
    }

    @Test
    void listed_rule_files_load_in_the_listed_order() {
        Path dir = CompiledProgramTest.resourceDir("programs/plain");
        CompiledProgram program = CompiledProgram.compile(
                CompiledProgramTest.read(dir.resolve("program.yaml")) + "rules: [b.drl, a.drl]\n",
                Map.of("a.drl", CompiledProgramTest.read(dir.resolve("rules/a.drl")),
                        "b.drl", CompiledProgramTest.read(dir.resolve("rules/b.drl"))));
        assertThat(program.rules()).extracting(RuleInfo::name).containsExactly("second file", "first file");
    }
}
