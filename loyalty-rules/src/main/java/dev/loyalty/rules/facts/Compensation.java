package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator makes up to a dissatisfied member: a reward of the catalogue for free (a service, a
 * discount code) or points. Audited: the operator and the reason are recorded on the ledger entry (for
 * points) and on the reward-issued message (for a reward), and the member's {@code compensations} counter
 * counts it.
 */
public final class Compensation extends MemberEvent implements Event {

    private final String operator;
    private final String reason;
    private final String reward;
    private final String pointType;
    private final long points;

    private Compensation(String id, MemberId memberId, Instant at, String operator, String reason, String reward,
            String pointType, long points) {
        super(id, memberId, at);
        this.operator = Events.name("operator", operator);
        this.reason = Events.name("reason", reason);
        this.reward = Objects.requireNonNull(reward, "reward");
        this.pointType = Objects.requireNonNull(pointType, "pointType");
        this.points = points;
    }

    /** Operator {@code operator} gives reward {@code reward} for free, because of {@code reason}. */
    public static Compensation reward(String id, MemberId memberId, Instant at, String operator, String reason, String reward) {
        return new Compensation(id, memberId, at, operator, reason, Events.name("reward", reward), "", 0);
    }

    /** Operator {@code operator} credits {@code points} of {@code pointType} (smallest units), because of {@code reason}. */
    public static Compensation points(String id, MemberId memberId, Instant at, String operator, String reason, String pointType,
            long points) {
        if (points <= 0) {
            throw new InvalidRequestException("compensation '" + id + "' points must be > 0, but was " + points);
        }
        return new Compensation(id, memberId, at, operator, reason, "", Events.name("pointType", pointType), points);
    }

    @Override
    public String getType() {
        return "compensation";
    }

    /** Who granted it. */
    public String getOperator() {
        return operator;
    }

    /** Why. */
    public String getReason() {
        return reason;
    }

    /** The reward given, if a reward is given. */
    public Optional<String> getReward() {
        return reward.isEmpty() ? Optional.empty() : Optional.of(reward);
    }

    /** The point type credited, or the empty string for a reward. */
    public String getPointType() {
        return pointType;
    }

    /** The points credited, or 0 for a reward. */
    public long getPoints() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Compensation other && sameEvent(other) && operator.equals(other.operator) && reason.equals(other.reason)
                && reward.equals(other.reward) && pointType.equals(other.pointType) && points == other.points;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, operator, reason, reward, pointType, points);
    }

    @Override
    public String toString() {
        return "Compensation[" + id + " for " + memberId + " at " + at + " by " + operator + " (" + reason + "): "
                + (reward.isEmpty() ? points + " " + pointType : "reward " + reward) + "]";
    }
}
