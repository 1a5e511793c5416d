package dev.loyalty.benchmarks;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.internal.eval.Credit;
import dev.loyalty.rules.internal.eval.Evaluator;
import dev.loyalty.rules.internal.eval.Verdict;
import java.math.BigDecimal;
import java.util.function.ToLongBiFunction;
import org.kie.api.KieBase;

/** The engine's {@link Evaluator}; returns the points (of every type) credited. */
final class EngineEvaluation implements Evaluation {

    private final Evaluator evaluator;
    private final ToLongBiFunction<String, BigDecimal> toUnits;

    EngineEvaluation(KieBase kieBase, CompiledProgram program) {
        this.evaluator = new Evaluator(kieBase);
        this.toUnits = (type, amount) -> program.pointType(type).type().toUnits(amount, program.rounding());
    }

    @Override
    public long evaluate(FactSet facts) {
        return points(evaluate(evaluator, facts, toUnits));
    }

    /** The verdict of {@code evaluator} for {@code facts}. */
    static Verdict evaluate(Evaluator evaluator, FactSet facts, ToLongBiFunction<String, BigDecimal> toUnits) {
        return evaluator.evaluate(facts.facts(), facts.purchase().getLines(), toUnits);
    }

    private static long points(Verdict verdict) {
        long units = 0;
        for (Credit credit : verdict.credits()) {
            units += credit.units();
        }
        return units;
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
