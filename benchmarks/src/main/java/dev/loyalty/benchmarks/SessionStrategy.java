package dev.loyalty.benchmarks;

import dev.loyalty.rules.CompiledProgram;
import org.kie.api.KieBase;

/**
 * The ways to fire a program's rules for one purchase that {@link RuleEvaluationBenchmark} compares.
 * Each opens an {@link Evaluation}, which one thread uses.
 */
public enum SessionStrategy {

    /** The engine's own {@code Evaluator}: reused sessions, an agenda listener, its collector and verdict. */
    ENGINE("engine"),
    /** A {@code KieSessionsPool} (a disposed session is reset and reused) with a {@link Tally}. */
    POOLED_BARE("pooledBare"),
    /** {@code StatelessKieSession.execute} of a batch: set the global, insert the facts, fire. */
    STATELESS("stateless"),
    /** {@code kieBase.newKieSession()} for each purchase, disposed after. */
    NEW_SESSION("newSession"),
    /** One {@code KieSession} per thread: insert, fire, delete the facts again. */
    REUSED_SESSION("reusedSession");

    private final String label;

    SessionStrategy(String label) {
        this.label = label;
    }

    /** An evaluation of {@code kieBase}'s rules ({@code program} gives the point types' rounding). */
    public Evaluation open(KieBase kieBase, CompiledProgram program) {
        return switch (this) {
            case ENGINE -> new EngineEvaluation(kieBase, program);
            case POOLED_BARE -> new BarePoolEvaluation(kieBase);
            case STATELESS -> new StatelessEvaluation(kieBase);
            case NEW_SESSION -> new NewSessionEvaluation(kieBase);
            case REUSED_SESSION -> new ReusedSessionEvaluation(kieBase);
        };
    }

    /** The name benchmarks use as a parameter, e.g. {@code reusedSession}. */
    public String label() {
        return label;
    }

    /** The strategy labelled {@code label}. */
    public static SessionStrategy of(String label) {
        for (SessionStrategy strategy : values()) {
            if (strategy.label.equals(label)) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("unknown session strategy " + label);
    }
}
