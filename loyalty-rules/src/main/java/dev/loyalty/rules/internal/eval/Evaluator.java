package dev.loyalty.rules.internal.eval;

import dev.loyalty.rules.RuleException;
import dev.loyalty.rules.facts.Decisions;
import dev.loyalty.rules.facts.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToLongBiFunction;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Evaluates a program's rules for one event at a time. Each evaluation takes an idle session (or makes
 * one), inserts the facts, fires the rules with a fresh {@link Collector} as the {@code decisions}
 * global, deletes every fact again and puts the session back: reusing sessions this way measured
 * fastest of the correct strategies here. Drools' own {@code KieSessionsPool} was faster still but is
 * wrong on Drools 10.2: a session reset by the pool ignores {@code activation-group}s, so every rule of
 * the group fires (see BENCHMARKS.md). A session whose rules failed is disposed, not reused.
 * Thread-safe.
 */
public final class Evaluator implements AutoCloseable {

    /** The name every DRL file gives the decisions global. */
    public static final String GLOBAL = "decisions";

    private final KieBase kieBase;
    private final Queue<Session> idle = new ConcurrentLinkedQueue<>();
    private final boolean declaresGlobal;
    private final CampaignRules campaignRules = new CampaignRules();

    /** An evaluator of {@code kieBase}'s rules. */
    public Evaluator(KieBase kieBase) {
        this.kieBase = kieBase;
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
        Session session = idle.poll();
        if (session == null) {
            session = new Session(kieBase.newKieSession(), declaresGlobal, campaignRules);
        }
        Collector collector = session.collector;
        collector.reset();
        boolean clean = false;
        try {
            FactHandle[] handles = new FactHandle[facts.size()];
            for (int i = 0; i < handles.length; i++) {
                handles[i] = session.kie.insert(facts.get(i));
            }
            session.kie.fireAllRules();
            clean = session.clear(handles);
            return verdict(collector, lines, toUnits);
        } catch (ConsequenceException e) {
            throw failure(e);
        } finally {
            if (clean) {
                idle.offer(session);
            } else {
                session.kie.dispose();
            }
        }
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
        credits.addAll(collector.cashback.credits(collector.spend.eligible(lines), toUnits));
        for (Collector.Bonus bonus : collector.awards) {
            long units = bonus.units ? bonus.amount.longValueExact()
                    : Numbers.units(toUnits, bonus.pointType, bonus.amount, bonus.source.rule());
            if (units > 0) {
                credits.add(new Credit(bonus.pointType, units, List.of(bonus.source.rule()), bonus.source.campaign().stream().toList(),
                        false, bonus.expiresInDays, bonus.pendingForDays, bonus.note, bonus.budget));
            }
        }
        return new Verdict(credits, collector.grants, collector.notices, collector.rejection, collector.fired(),
                collector.badges, collector.spins, collector.surprises);
    }

    @Override
    public void close() {
        Session session;
        while ((session = idle.poll()) != null) {
            session.kie.dispose();
        }
    }

    /** A session with its listener and collector, reused by one evaluation at a time. */
    private static final class Session {
        final KieSession kie;
        final Collector collector;

        Session(KieSession kie, boolean declaresGlobal, CampaignRules campaignRules) {
            this.kie = kie;
            this.collector = new Collector(kie::halt, campaignRules);
            kie.addEventListener(new Listener(collector));
            if (declaresGlobal) {
                kie.setGlobal(GLOBAL, collector);
            }
        }

        /**
         * Deletes the facts inserted for the event, then any that rules inserted; whether the session is
         * empty and fit for reuse.
         */
        boolean clear(FactHandle[] inserted) {
            for (FactHandle handle : inserted) {
                kie.delete(handle);
            }
            if (kie.getFactCount() > 0) {
                for (FactHandle handle : new ArrayList<>(kie.<FactHandle>getFactHandles())) {
                    kie.delete(handle);
                }
            }
            return kie.getFactCount() == 0;
        }
    }

    /** Tells the session's collector which rule fires. */
    private static final class Listener extends DefaultAgendaEventListener {
        private final Collector collector;

        Listener(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            collector.firing(event.getMatch());
        }
    }
}
