package dev.loyalty.spi;

import java.util.Objects;

/**
 * A claim on a campaign budget, made with an {@link Append}: "count {@code amount} against budget
 * {@code budget}, whose cap is {@code limit}" (for example "the first 100 members get the welcome
 * bonus": amount 1, limit 100).
 *
 * <p>A store applies the claims of an append together with its changes, or none of them: if any claim
 * would take its budget's used amount above the claim's limit, the whole append is refused with
 * {@link AppendResult.BudgetExhausted} and nothing changes. So {@code used + amount <= limit} always holds
 * for the claims that were applied.
 *
 * @param budget the budget's id: not blank, at most {@value #MAX_BUDGET_LENGTH} characters
 * @param amount how much this append uses of it; greater than 0
 * @param limit the budget's cap, at least 0
 */
public record BudgetClaim(String budget, long amount, long limit) {

    /** The longest budget id a store must accept. */
    public static final int MAX_BUDGET_LENGTH = 200;

    /** Validates the fields; messages name the field and the bad value. */
    public BudgetClaim {
        Objects.requireNonNull(budget, "budget");
        if (budget.isBlank() || budget.length() > MAX_BUDGET_LENGTH) {
            throw new IllegalArgumentException("budget must be 1 to " + MAX_BUDGET_LENGTH
                    + " characters and not blank, but was '" + budget + "'");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be > 0, but was " + amount);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, but was " + limit);
        }
    }

    /** A claim of {@code amount} on {@code budget}, capped at {@code limit}. */
    public static BudgetClaim of(String budget, long amount, long limit) {
        return new BudgetClaim(budget, amount, limit);
    }
}
