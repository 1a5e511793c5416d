package dev.loyalty.rules.facts;

/**
 * Fixed points awarded by a rule (a bonus), as returned by {@link Decisions#award}; by default they take
 * the point type's expiry and pending period, which these methods override.
 *
 * <pre>{@code decisions.award("points", 500).expiresInDays(7);}</pre>
 */
public interface Award {

    /** The points expire {@code days} days after the event, at the same time of day. */
    Award expiresInDays(int days);

    /** The points stay pending for {@code days} days before they can be spent. */
    Award pendingForDays(int days);

    /** A note for the member's statement, e.g. {@code "thanks for your review"}, recorded with the rule's name. */
    Award because(String note);

    /**
     * The award draws on budget {@code budget} of the program ({@code budgets:} in program.yaml): it is made
     * only while the budget, and the member's share of it, can cover it; otherwise it is withheld and the
     * rest of the event's outcome stands.
     */
    Award fromBudget(String budget);
}
