package dev.loyalty.benchmarks;

import dev.loyalty.rules.internal.eval.Evaluator;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** A new {@link KieSession} for each purchase, disposed after. */
final class NewSessionEvaluation implements Evaluation {

    private final KieBase kieBase;
    private final Tally tally = new Tally();

    NewSessionEvaluation(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    @Override
    public long evaluate(FactSet facts) {
        tally.reset();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(Evaluator.GLOBAL, tally);
            for (Object fact : facts.facts()) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return tally.checksum();
    }

    @Override
    public void close() {
        // every session is disposed after its purchase
    }
}
