package dev.loyalty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.rules.CompiledProgram;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * A canary for a defect of Drools 10.2.0 found by these benchmarks: a session from a
 * {@code KieSessionsPool} decides right the first time, but once disposed (which resets it) and
 * handed out again it no longer honours {@code activation-group}: every rule of the group fires, so
 * the program's best-basket promotions stack (300 + 120 + 40 points instead of 300). Both compile modes.
 * When this test fails, Drools has fixed it: pooled sessions then belong in {@link StrategiesAgreeTest}.
 */
class PooledSessionDefectTest {

    @Test
    void aResetPooledSessionFiresEveryRuleOfAnActivationGroup() {
        for (CompileMode mode : CompileMode.values()) {
            KieBase kieBase = BenchProgram.kieBase(mode);
            CompiledProgram program = BenchProgram.shared();
            List<Long> fresh = StrategiesAgreeTest.checksums(SessionStrategy.NEW_SESSION.open(kieBase, program));
            List<Long> pooled = StrategiesAgreeTest.checksums(SessionStrategy.POOLED_BARE.open(kieBase, program));

            assertThat(pooled.get(0)).as("the pool's first session, %s", mode.label()).isEqualTo(fresh.get(0));
            assertThat(pooled).as("reset sessions, %s", mode.label()).isNotEqualTo(fresh);
        }
    }
}
