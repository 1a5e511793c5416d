package dev.loyalty.core.tier;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link TierLadder#evaluate}: the member's new standing and what changed to get there.
 *
 * @param status the new standing, to be stored in place of the one evaluated
 * @param changes the changes, oldest first; empty when the tier and grace stayed as they were (the
 *     status may still differ, because a re-evaluation moves {@link TierStatus#nextReevaluationAt()})
 */
public record TierDecision(TierStatus status, List<TierChange> changes) {

    /** Checks for null and copies the changes. */
    public TierDecision {
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
    }

    /** Whether anything changed: a tier move or a grace period started or cleared. */
    public boolean changed() {
        return !changes.isEmpty();
    }
}
