package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.internal.eval.Credit;
import dev.loyalty.rules.program.BudgetConfig;
import dev.loyalty.spi.BudgetClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets awards that draw on a budget through while the budget can cover them. The member's share is
 * checked here, against the member's counter {@code budget.<id>} (safe under concurrency: the append
 * expects the member's version). The budget as a whole is the store's to check: the awards let through
 * become one {@link BudgetClaim} per budget, appended with the member's change; when the store finds a
 * budget used up, the engine decides the event again with that budget in {@code exhausted}, and this
 * gate withholds its awards.
 */
public final class BudgetGate {

    private final CompiledProgram program;
    private final Set<String> exhausted;
    private final Map<String, Long> counters;
    private final Map<String, BudgetClaim> claims = new LinkedHashMap<>();
    private final List<Outcome.Withheld> withheld = new ArrayList<>();

    /**
     * A gate for one decision: {@code exhausted} holds the store ids of budgets the store found used up,
     * {@code counters} the member's counters before the event.
     */
    BudgetGate(CompiledProgram program, Set<String> exhausted, Map<String, Long> counters) {
        this.program = program;
        this.exhausted = Set.copyOf(exhausted);
        this.counters = counters;
    }

    /** The id under which the store keeps budget {@code budget} of {@code program}: {@code <program>/<budget>}. */
    public static String storeId(CompiledProgram program, String budget) {
        return program.name() + "/" + budget;
    }

    /** The member counter of how much the member drew from {@code budget}. */
    static String counter(String budget) {
        return "budget." + budget;
    }

    /** Whether {@code credit} may be made; if it draws on a budget, claims it or records it as withheld. */
    boolean admits(Credit credit, Work work) {
        if (credit.budget().isEmpty()) {
            return true;
        }
        BudgetConfig budget = Rules.known(credit.rule(), () -> program.budget(credit.budget().get()));
        String id = storeId(program, budget.id());
        long amount = budget.draw(credit.units());
        if (exhausted.contains(id) || amount > budget.cap()) {
            return withhold(credit, budget, Outcome.Withheld.BUDGET_EXHAUSTED);
        }
        String counter = counter(budget.id());
        long drawn = counters.getOrDefault(counter, 0L) + work.counters.getOrDefault(counter, 0L);
        if (budget.perMember().isPresent() && drawn + amount > budget.perMember().getAsLong()) {
            return withhold(credit, budget, Outcome.Withheld.MEMBER_LIMIT);
        }
        work.count(counter, amount);
        BudgetClaim before = claims.get(id);
        claims.put(id, BudgetClaim.of(id, before == null ? amount : Math.addExact(before.amount(), amount), budget.cap()));
        return true;
    }

    private boolean withhold(Credit credit, BudgetConfig budget, String code) {
        withheld.add(new Outcome.Withheld(credit.rule(), credit.pointType(), credit.units(), budget.id(), code));
        return false;
    }

    /** The claims of the awards let through, one per budget. */
    List<BudgetClaim> claims() {
        return List.copyOf(claims.values());
    }

    /** The awards withheld. */
    List<Outcome.Withheld> withheld() {
        return List.copyOf(withheld);
    }
}
