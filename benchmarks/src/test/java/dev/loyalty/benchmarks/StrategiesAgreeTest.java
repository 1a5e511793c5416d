package dev.loyalty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.internal.eval.Credit;
import dev.loyalty.rules.internal.eval.Evaluator;
import dev.loyalty.rules.internal.eval.Verdict;
import dev.loyalty.rules.program.RuleInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: in both compile modes the rules credit exactly what the
 * hand-written policy computes, and every correct session strategy makes the same decisions, purchase
 * after purchase (a strategy that leaked state from one purchase into the next would differ). Drools'
 * pooled sessions do not: see {@link PooledSessionDefectTest}.
 */
class StrategiesAgreeTest {

    static final List<FactSet> PURCHASES = Baskets.factSets(RuleEvaluationBenchmark.PURCHASES, RuleEvaluationBenchmark.SEED);
    private final CompiledProgram program = BenchProgram.shared();

    /** One evaluator for all purchases, as the engine uses it: its reused sessions keep nothing between purchases. */
    @Test
    void theRulesCreditWhatTheHandWrittenPolicyComputesInBothModes() {
        ToLongBiFunction<String, BigDecimal> toUnits = (type, amount) -> program.pointType(type).type().toUnits(amount,
                program.rounding());
        for (CompileMode mode : CompileMode.values()) {
            try (Evaluator evaluator = new Evaluator(BenchProgram.kieBase(mode))) {
                for (int round = 0; round < 3; round++) {
                    for (FactSet facts : PURCHASES) {
                        Verdict verdict = EngineEvaluation.evaluate(evaluator, facts, toUnits);
                        HandWrittenPolicy.Earned expected = HandWrittenPolicy.earn(facts);
                        assertThat(new HandWrittenPolicy.Earned(units(verdict, "points"), units(verdict, "status")))
                                .as("%s, round %d, %s, fired %s", mode.label(), round, facts.purchase(), verdict.fired())
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void thePurchasesExerciseEveryRule() {
        List<String> fired = new ArrayList<>();
        for (FactSet facts : PURCHASES) {
            try (Evaluator evaluator = new Evaluator(BenchProgram.kieBase(CompileMode.CLASSIC))) {
                fired.addAll(EngineEvaluation.evaluate(evaluator, facts, (type, amount) -> 0L).fired());
            }
        }
        assertThat(fired).containsAll(program.rules().stream().map(RuleInfo::name).toList());
    }

    @Test
    void statelessAndReusedSessionsMakeTheDecisionsOfANewSessionEveryTime() {
        for (CompileMode mode : CompileMode.values()) {
            List<Long> expected = checksums(SessionStrategy.NEW_SESSION.open(BenchProgram.kieBase(mode), program));
            for (SessionStrategy strategy : List.of(SessionStrategy.STATELESS, SessionStrategy.REUSED_SESSION)) {
                assertThat(checksums(strategy.open(BenchProgram.kieBase(mode), program)))
                        .as("%s, %s", strategy.label(), mode.label()).isEqualTo(expected);
            }
        }
    }

    /** The checksums of {@link Tally} for every purchase, twice round, by {@code evaluation}, which is closed after. */
    static List<Long> checksums(Evaluation evaluation) {
        List<Long> checksums = new ArrayList<>();
        try (evaluation) {
            for (int round = 0; round < 2; round++) {
                for (FactSet facts : PURCHASES) {
                    checksums.add(evaluation.evaluate(facts));
                }
            }
        }
        return checksums;
    }

    private static long units(Verdict verdict, String pointType) {
        return verdict.credits().stream().filter(credit -> credit.pointType().equals(pointType))
                .mapToLong(Credit::units).sum();
    }
}
