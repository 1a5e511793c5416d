package dev.loyalty.core.tier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a member stands on a {@link TierLadder}: the input and output of {@link TierLadder#evaluate}.
 * The host stores it with the member.
 *
 * @param tierId the id of the member's tier
 * @param since when the member reached that tier
 * @param downgradeDueAt the end of the grace period, if one is running: the member fell short of the
 *     tier at a re-evaluation and is downgraded at this instant unless they qualify again; not before
 *     {@code since}
 * @param nextReevaluationAt when the tier is next re-evaluated; after {@code since}
 */
public record TierStatus(String tierId, Instant since, Optional<Instant> downgradeDueAt, Instant nextReevaluationAt) {

    /** Validates the fields; messages name the field and the bad value. */
    public TierStatus {
        Objects.requireNonNull(tierId, "tierId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(downgradeDueAt, "downgradeDueAt");
        Objects.requireNonNull(nextReevaluationAt, "nextReevaluationAt");
        if (downgradeDueAt.isPresent() && downgradeDueAt.get().isBefore(since)) {
            throw new IllegalArgumentException(
                    "downgradeDueAt must not be before since " + since + ", but was " + downgradeDueAt.get());
        }
        if (!nextReevaluationAt.isAfter(since)) {
            throw new IllegalArgumentException(
                    "nextReevaluationAt must be after since " + since + ", but was " + nextReevaluationAt);
        }
    }

    /**
     * When the ladder must next look at this status without any event: the end of the grace period if one
     * runs (and comes first), else the next re-evaluation. Stores index it for
     * {@code membersDueForTierReview}.
     */
    public Instant nextReviewAt() {
        return downgradeDueAt.filter(due -> due.isBefore(nextReevaluationAt)).orElse(nextReevaluationAt);
    }

    /** Whether a grace period is running. */
    public boolean inGrace() {
        return downgradeDueAt.isPresent();
    }
}
