package dev.loyalty.spi.memory;

import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.BudgetClaim;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of each campaign budget is used. Claims of one append are checked and counted together under
 * one lock, so that concurrent appends for different members never take a budget above its limit.
 */
final class Budgets {

    private final Map<String, Long> used = new HashMap<>();

    /** How much of {@code budget} is used; 0 if never claimed. */
    synchronized long used(String budget) {
        return used.getOrDefault(Objects.requireNonNull(budget, "budget"), 0L);
    }

    /**
     * Counts every claim, or none: the first claim that would exceed its limit is returned and nothing
     * is counted. {@code commit} runs under the same lock after the claims were counted, so that no one
     * sees the budget used before the append is applied; it must not fail.
     */
    synchronized Optional<AppendResult.BudgetExhausted> claim(List<BudgetClaim> claims, Runnable commit) {
        for (BudgetClaim claim : claims) {
            long before = used(claim.budget());
            if (before > claim.limit() - claim.amount()) {
                return Optional.of(new AppendResult.BudgetExhausted(claim.budget(), claim.limit(), before, claim.amount()));
            }
        }
        for (BudgetClaim claim : claims) {
            used.merge(claim.budget(), claim.amount(), Math::addExact);
        }
        commit.run();
        return Optional.empty();
    }
}
