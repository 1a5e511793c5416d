package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member asks to spend points: on a reward of the program's catalogue (which costs what the catalogue
 * says), or a plain amount of points. Rules may refuse it with {@code decisions.reject(code, message)}.
 */
public final class RedemptionRequest extends MemberEvent implements Event {

    private final String reward;
    private final String pointType;
    private final long points;

    private RedemptionRequest(String id, MemberId memberId, Instant at, String reward, String pointType, long points) {
        super(id, memberId, at);
        this.reward = Objects.requireNonNull(reward, "reward");
        this.pointType = Objects.requireNonNull(pointType, "pointType");
        this.points = points;
    }

    /** A request for reward {@code reward} of the catalogue. */
    public static RedemptionRequest reward(String id, MemberId memberId, Instant at, String reward) {
        return new RedemptionRequest(id, memberId, at, Events.name("reward", reward), "", 0);
    }

    /** A request to spend {@code points} of {@code pointType} (in the type's smallest units). */
    public static RedemptionRequest points(String id, MemberId memberId, Instant at, String pointType, long points) {
        if (points <= 0) {
            throw new InvalidRequestException("redemption '" + id + "' points must be > 0, but was " + points);
        }
        return new RedemptionRequest(id, memberId, at, "", Events.name("pointType", pointType), points);
    }

    @Override
    public String getType() {
        return "redemption";
    }

    /** The reward asked for, or the empty string for a plain points redemption. */
    public String getReward() {
        return reward;
    }

    /** Whether a reward of the catalogue is asked for. */
    public boolean isForReward() {
        return !reward.isEmpty();
    }

    /** The point type of a plain points redemption, or the empty string. */
    public String getPointType() {
        return pointType;
    }

    /** The points of a plain points redemption, or 0. */
    public long getPoints() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedemptionRequest other && sameEvent(other)
                && reward.equals(other.reward) && pointType.equals(other.pointType) && points == other.points;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, at, reward, pointType, points);
    }

    @Override
    public String toString() {
        return "RedemptionRequest[" + id + " by " + memberId + " at " + at + ": "
                + (isForReward() ? "reward " + reward : points + " " + pointType) + "]";
    }
}
