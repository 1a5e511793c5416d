package dev.loyalty.benchmarks;

import java.util.ArrayList;
import java.util.List;
import dev.loyalty.rules.internal.eval.Evaluator;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One {@link KieSession} for the thread: each purchase inserts its facts, fires, and deletes them again,
 * so the session is empty for the next one. The global is set once and its {@link Tally} reset.
 */
final class ReusedSessionEvaluation implements Evaluation {

    private final KieSession session;
    private final Tally tally = new Tally();
    private final List<FactHandle> handles = new ArrayList<>();

    ReusedSessionEvaluation(KieBase kieBase) {
        this.session = kieBase.newKieSession();
        session.setGlobal(Evaluator.GLOBAL, tally);
    }

    @Override
    public long evaluate(FactSet facts) {
        tally.reset();
        try {
            for (Object fact : facts.facts()) {
                handles.add(session.insert(fact));
            }
            session.fireAllRules();
        } finally {
            for (FactHandle handle : handles) {
                session.delete(handle);
            }
            handles.clear();
        }
        return tally.checksum();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
