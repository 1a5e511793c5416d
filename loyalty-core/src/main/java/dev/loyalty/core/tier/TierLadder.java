package dev.loyalty.core.tier;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tiers of a program, lowest first, and the rules for moving between them (MISSION T1 to T3).
 *
 * <p><b>What makes a valid ladder.</b> Ranks run 0, 1, 2, ... without gaps or repeats, and ids are
 * unique. The entry tier (rank 0) has no thresholds; every other tier has at least one. All tiers
 * count over one window and, if they use spend, in one currency. A higher tier is never easier to
 * reach than a lower one: on each threshold that both set, the higher tier needs at least as much.
 *
 * <p><b>How a member moves</b> ({@link #evaluate evaluate}):
 * <ul>
 *   <li><b>Up at once.</b> Whenever the metrics meet a higher tier, the member moves straight to the
 *       highest tier they meet, skipping tiers in between, at any time.
 *   <li><b>Down only at re-evaluation.</b> Re-evaluation is due at {@link TierStatus#nextReevaluationAt()};
 *       each one moves that instant on by {@link #reevaluationEvery()}. Between re-evaluations a member
 *       whose metrics fall short keeps their tier.
 *   <li><b>Grace first.</b> At a re-evaluation where the metrics fall short of the member's tier, a
 *       grace period of {@link #gracePeriod()} starts instead of a downgrade; its end is recorded in
 *       {@link TierStatus#downgradeDueAt()}. With a zero grace period the member moves down at once.
 *   <li><b>Back in grace.</b> If the metrics meet the tier again while the grace period runs (at any
 *       time), the grace period ends and the member keeps the tier.
 *   <li><b>Then down.</b> If the metrics are still short when the grace period ends, or at the next
 *       re-evaluation if that comes first, the member moves down to the highest tier the metrics meet,
 *       which may be more than one step.
 * </ul>
 *
 * <p>Periods are added to instants in UTC: one month after 2026-01-31T09:00:00Z is
 * 2026-02-28T09:00:00Z.
 *
 * @param tiers the tiers; stored ordered by rank, lowest first
 * @param gracePeriod how long a member keeps a tier after falling short at a re-evaluation; zero or more
 * @param reevaluationEvery the time between re-evaluations, e.g. one year; more than zero
 */
public record TierLadder(List<Tier> tiers, Period gracePeriod, Period reevaluationEvery) {

    /** Validates the ladder as described on the class; messages name the tiers and thresholds involved. */
    public TierLadder {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        Objects.requireNonNull(reevaluationEvery, "reevaluationEvery");
        tiers = LadderRules.checkedByRank(List.copyOf(tiers));
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("gracePeriod must be >= 0, but was " + gracePeriod);
        }
        if (reevaluationEvery.isNegative() || reevaluationEvery.isZero()) {
            throw new IllegalArgumentException("reevaluationEvery must be > 0, but was " + reevaluationEvery);
        }
    }

    /** The entry tier, rank 0. */
    public Tier entry() {
        return tiers.get(0);
    }

    /** The tier with id {@code id}, if the ladder has one. */
    public Optional<Tier> find(String id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The tier with id {@code id}.
     *
     * @throws UnknownTierException if the ladder has no such tier
     */
    public Tier get(String id) {
        return find(id).orElseThrow(() -> new UnknownTierException(id, tiers.stream().map(Tier::id).toList()));
    }

    /** The window over which {@link TierMetrics} must count points, spend and purchases. */
    public Period window() {
        return tiers.stream().map(Tier::qualification).filter(Qualification::hasThresholds)
                .map(Qualification::window).findFirst().orElse(Qualification.DEFAULT_WINDOW);
    }

    /** The highest tier whose qualification {@code metrics} meet; the entry tier if no other. */
    public Tier qualifiedFor(TierMetrics metrics) {
        for (int rank = tiers.size() - 1; rank > 0; rank--) {
            if (tiers.get(rank).qualification().isMetBy(metrics)) {
                return tiers.get(rank);
            }
        }
        return entry();
    }

    /**
     * The standing of a member who enrolls at {@code at}: the entry tier, first re-evaluation one
     * {@link #reevaluationEvery()} later. Call {@link #evaluate} next if the member may qualify higher
     * straight away.
     */
    public TierStatus initialStatus(Instant at) {
        return new TierStatus(entry().id(), at, Optional.empty(), plus(at, reevaluationEvery));
    }

    /**
     * Applies the rules described on the class to a member's standing. A host calls it after every
     * change to the metrics (to upgrade at once) and from a regular job (so that re-evaluations and
     * grace deadlines are not missed). A pure function: same arguments, same decision.
     *
     * @param current the member's standing before
     * @param metrics the member's metrics measured at {@code at} over {@link #window()}
     * @param at the instant of evaluation; not before {@code current.since()}
     * @throws UnknownTierException if {@code current} names a tier the ladder does not have
     * @throws IllegalArgumentException if {@code at} is before {@code current.since()}, or the metrics'
     *     spend is in another currency than the thresholds
     */
    public TierDecision evaluate(TierStatus current, TierMetrics metrics, Instant at) {
        return TierEvaluation.evaluate(this, current, metrics, at);
    }

    /**
     * For "one simple purchase brings you back to silver" offers (MISSION T3): the tier a member most
     * recently lapsed from, if they were {@link TierChange.Reason#DOWNGRADED downgraded} at or after
     * {@code since} and have not since {@link TierChange.Reason#QUALIFIED qualified} for that tier or a
     * higher one again. Its {@link Tier#qualification()} says what it takes to get back.
     *
     * @param history the member's tier changes, oldest first
     * @param since the earliest downgrade that still counts as recent
     */
    public Optional<Tier> lapsedFrom(List<TierChange> history, Instant since) {
        Optional<Tier> lapsed = Optional.empty();
        for (TierChange change : history) {
            if (change.reason() == TierChange.Reason.DOWNGRADED) {
                lapsed = change.at().isBefore(since) ? Optional.empty() : Optional.of(get(change.from()));
            } else if (change.reason() == TierChange.Reason.QUALIFIED && lapsed.isPresent()
                    && !lapsed.get().isAbove(get(change.to()))) {
                lapsed = Optional.empty();
            }
        }
        return lapsed;
    }

    /** {@code at} plus {@code period}, on the UTC calendar. */
    static Instant plus(Instant at, Period period) {
        return at.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }
}
