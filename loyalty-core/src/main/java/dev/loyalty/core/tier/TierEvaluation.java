package dev.loyalty.core.tier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rules of {@link TierLadder#evaluate}, one branch per outcome. */
final class TierEvaluation {

    private final TierLadder ladder;
    private final TierStatus current;
    private final TierMetrics metrics;
    private final Instant at;
    private final Tier tier;

    private TierEvaluation(TierLadder ladder, TierStatus current, TierMetrics metrics, Instant at) {
        if (at.isBefore(current.since())) {
            throw new IllegalArgumentException("at must not be before since " + current.since() + ", but was " + at);
        }
        this.ladder = ladder;
        this.current = current;
        this.metrics = metrics;
        this.at = at;
        this.tier = ladder.get(current.tierId());
    }

    static TierDecision evaluate(TierLadder ladder, TierStatus current, TierMetrics metrics, Instant at) {
        return new TierEvaluation(ladder, current, metrics, at).decide();
    }

    private TierDecision decide() {
        Tier qualified = ladder.qualifiedFor(metrics);
        if (qualified.isAbove(tier)) {
            return moveTo(qualified, TierChange.Reason.QUALIFIED, qualified.qualification().explain(metrics));
        }
        if (!tier.isAbove(qualified)) {
            return keep();
        }
        if (!reevaluationDue()) {
            return new TierDecision(current, List.of());
        }
        if (current.inGrace() || ladder.gracePeriod().isZero()) {
            return moveTo(qualified, TierChange.Reason.DOWNGRADED, tier.qualification().explain(metrics));
        }
        return startGrace();
    }

    /** The metrics meet the current tier: clear a running grace period, if any. */
    private TierDecision keep() {
        TierStatus status = new TierStatus(tier.id(), current.since(), Optional.empty(), nextReevaluationAt());
        if (!current.inGrace()) {
            return new TierDecision(status, List.of());
        }
        return new TierDecision(status, List.of(change(tier, TierChange.Reason.GRACE_CLEARED,
                tier.qualification().explain(metrics))));
    }

    private TierDecision startGrace() {
        Instant deadline = TierLadder.plus(at, ladder.gracePeriod());
        TierStatus status = new TierStatus(tier.id(), current.since(), Optional.of(deadline), nextReevaluationAt());
        return new TierDecision(status, List.of(change(tier, TierChange.Reason.GRACE_STARTED,
                tier.qualification().explain(metrics))));
    }

    private TierDecision moveTo(Tier target, TierChange.Reason reason, String detail) {
        TierStatus status = new TierStatus(target.id(), at, Optional.empty(), nextReevaluationAt());
        return new TierDecision(status, List.of(change(target, reason, detail)));
    }

    private TierChange change(Tier to, TierChange.Reason reason, String detail) {
        return new TierChange(tier.id(), to.id(), at, reason, detail);
    }

    /** A scheduled re-evaluation is reached, or a running grace period has ended. */
    private boolean reevaluationDue() {
        return scheduledReevaluationReached() || current.downgradeDueAt().filter(due -> !at.isBefore(due)).isPresent();
    }

    private boolean scheduledReevaluationReached() {
        return !at.isBefore(current.nextReevaluationAt());
    }

    /** Unchanged unless a scheduled re-evaluation is reached; then the first scheduled instant after {@code at}. */
    private Instant nextReevaluationAt() {
        Instant scheduled = current.nextReevaluationAt();
        Instant next = scheduled;
        for (int cycles = 1; !next.isAfter(at); cycles++) {
            next = TierLadder.plus(scheduled, ladder.reevaluationEvery().multipliedBy(cycles));
        }
        return next;
    }
}
