package dev.loyalty.rules.program;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A budget that awards draw on: "only the first 100 members get the launch bonus". A rule takes an award
 * from it with {@code decisions.award("points", 500).fromBudget("launch")}; the engine claims the award
 * from the budget atomically with the member's other changes, so that the budget is never overspent, also
 * when many members are handled at once. An award the budget (or the member's share of it) cannot cover
 * is withheld, and the rest of the event's outcome stands ({@code Outcome.withheld()}). YAML, one item of
 * {@code budgets}:
 * <pre>{@code
 * - id: launch           # required; 1 to 64 of [a-z0-9_.-]
 *   cap: 100             # required, >= 0: how much all members together may draw
 *   unit: awards         # awards (default): each award counts 1 | points: each counts its amount
 *   perMember: 1         # optional, >= 1: how much one member may draw, in the same unit; absent = no limit
 * }</pre>
 *
 * @param id the id rules name in {@code fromBudget("launch")}
 * @param cap how much all members together may draw, in {@code unit}
 * @param unit what is counted
 * @param perMember how much one member may draw, in {@code unit}; empty if only the cap limits it
 */
public record BudgetConfig(String id, long cap, Unit unit, OptionalLong perMember) {

    /** What a budget counts. */
    public enum Unit {
        /** Each award counts 1, whatever its amount. */
        AWARDS,
        /** Each award counts its amount, in its point type's smallest units. */
        POINTS
    }

    /** Validates the fields; messages name the field and the bad value. */
    public BudgetConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(perMember, "perMember");
        if (cap < 0) {
            throw new IllegalArgumentException("cap of budget '" + id + "' must be >= 0, but was " + cap);
        }
        if (perMember.isPresent() && perMember.getAsLong() < 1) {
            throw new IllegalArgumentException("perMember of budget '" + id + "' must be >= 1, but was "
                    + perMember.getAsLong());
        }
    }

    /** How much an award of {@code units} smallest units draws from this budget. */
    public long draw(long units) {
        return unit == Unit.AWARDS ? 1 : units;
    }
}
