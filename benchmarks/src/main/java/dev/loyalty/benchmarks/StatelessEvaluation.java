package dev.loyalty.benchmarks;

import dev.loyalty.rules.internal.eval.Evaluator;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.StatelessKieSession;

/** One {@link StatelessKieSession}; each purchase is a batch: set the global, insert the facts, fire. */
final class StatelessEvaluation implements Evaluation {

    private final StatelessKieSession session;
    private final KieCommands commands = KieServices.Factory.get().getCommands();
    private final Tally tally = new Tally();

    StatelessEvaluation(KieBase kieBase) {
        this.session = kieBase.newStatelessKieSession();
    }

    @Override
    public long evaluate(FactSet facts) {
        tally.reset();
        List<Command<?>> batch = List.of(commands.newSetGlobal(Evaluator.GLOBAL, tally),
                commands.newInsertElements(facts.facts()), commands.newFireAllRules());
        session.execute(commands.newBatchExecution(batch));
        return tally.checksum();
    }

    @Override
    public void close() {
        // a stateless session holds nothing between executions
    }
}
