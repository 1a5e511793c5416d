package dev.loyalty.core.tier;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to a member's tier standing, as returned in a {@link TierDecision}. Hosts keep these as
 * the member's tier history and use them to trigger messages ("welcome to Gold", "keep your Silver").
 *
 * <p>For {@link Reason#DOWNGRADED}, {@code from} is the tier the member lapsed from: a campaign that
 * offers "one simple purchase brings you back to silver" targets members whose history holds such a
 * change (see {@link TierLadder#lapsedFrom}).
 *
 * @param from the tier id before the change
 * @param to the tier id after the change; the same as {@code from} for grace started or cleared
 * @param at when the change happened: the instant given to {@link TierLadder#evaluate}
 * @param reason what happened
 * @param detail in plain words, which thresholds were met or missed, e.g. {@code "status points 1200 >=
 *     1000"}
 */
public record TierChange(String from, String to, Instant at, Reason reason, String detail) {

    /** What happened to the member's tier. */
    public enum Reason {
        /** The metrics reached a higher tier; the member moved up at once. */
        QUALIFIED,
        /** At a re-evaluation the metrics fell short of the tier; the member keeps it for a grace period. */
        GRACE_STARTED,
        /** During a grace period the metrics reached the tier again; the grace period ended. */
        GRACE_CLEARED,
        /** The metrics were still short when the grace period ended; the member moved down. */
        DOWNGRADED
    }

    /** Checks that no field is null. */
    public TierChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
