package dev.loyalty.benchmarks;

import dev.loyalty.rules.internal.eval.Evaluator;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** Sessions from a {@link KieSessionsPool} of one; disposing one resets it for the next purchase. */
final class BarePoolEvaluation implements Evaluation {

    private final KieSessionsPool pool;
    private final Tally tally = new Tally();

    BarePoolEvaluation(KieBase kieBase) {
        this.pool = kieBase.newKieSessionsPool(1);
    }

    @Override
    public long evaluate(FactSet facts) {
        tally.reset();
        KieSession session = pool.newKieSession();
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
        pool.shutdown();
    }
}
