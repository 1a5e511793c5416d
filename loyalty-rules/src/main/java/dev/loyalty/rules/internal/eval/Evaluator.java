package dev.loyalty.rules.internal.eval;

import dev.loyalty.rules.RuleException;
import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Decisions;
import dev.loyalty.rules.facts.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongBiFunction;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Evaluates a program's rules for one event at a time. Sessions come from a pool (a pooled session is
 * reset when disposed), which measured fastest here; each evaluation inserts the facts, fires the rules
 * with a fresh {@link Collector} as the {@code decisions} global, and turns what was decided into a
 * {@link Verdict}. Thread-safe.
 */
public final class Evaluator implements AutoCloseable {

    /** The name every DRL file gives the decisions global. */
    public static final String GLOBAL = "decisions";

    private final KieSessionsPool pool;
    private final boolean declaresGlobal;

    /** An evaluator of {@code kieBase}'s rules. */
    public Evaluator(KieBase kieBase) {
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.declaresGlobal = declaresGlobal(kieBase.getKiePackages());
    }

    private static boolean declaresGlobal(Collection<KiePackage> packages) {
        return packages.stream().anyMatch(pkg -> pkg.getGlobalVariables().stream()
                .anyMatch(global -> global.getName().equals(GLOBAL) && global.getType().equals(Decisions.class.getName())));
    }

    /**
     * Fires the rules over {@code facts}; {@code lines} are the purchase's lines, if the event is one,
     * and {@code toUnits} rounds a decimal amount of a point type to its smallest units.
     *
     * @throws RuleException if a rule fails
     */
    public Verdict evaluate(List<Object> facts, List<Line> lines, ToLongBiFunction<String, BigDecimal> toUnits) {
        KieSession session = pool.newKieSession();
        Collector collector = new Collector(session::halt);
        Listener listener = new Listener(collector);
        try {
            if (declaresGlobal) {
                session.setGlobal(GLOBAL, collector);
            }
            session.addEventListener(listener);
            facts.forEach(session::insert);
            session.fireAllRules();
        } catch (ConsequenceException e) {
            throw failure(e);
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
        return verdict(collector, lines, toUnits);
    }

    private static RuleException failure(ConsequenceException e) {
        String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof RuleException ruleFailure) {
            return ruleFailure;
        }
        return new RuleException(rule, "its consequence threw " + cause, cause);
    }

    private static Verdict verdict(Collector collector, List<Line> lines, ToLongBiFunction<String, BigDecimal> toUnits) {
        List<Credit> credits = new ArrayList<>(collector.spend.credits(lines, toUnits));
        for (Collector.Bonus bonus : collector.awards) {
            long units = bonus.units ? bonus.amount.longValueExact()
                    : Numbers.units(toUnits, bonus.pointType, bonus.amount, bonus.source.rule());
            if (units > 0) {
                credits.add(new Credit(bonus.pointType, units, List.of(bonus.source.rule()), bonus.source.campaign().stream().toList(),
                        false, bonus.expiresInDays, bonus.pendingForDays, bonus.note));
            }
        }
        return new Verdict(credits, collector.grants, collector.notices, collector.rejection, collector.fired());
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /** Tells the collector which rule fires and which campaign it matched. */
    private static final class Listener extends DefaultAgendaEventListener {
        private final Collector collector;

        Listener(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Optional<String> campaign = event.getMatch().getObjects().stream()
                    .filter(Campaign.class::isInstance).map(fact -> ((Campaign) fact).getId()).findFirst();
            collector.firing(event.getMatch().getRule().getName(), campaign);
        }
    }
}
