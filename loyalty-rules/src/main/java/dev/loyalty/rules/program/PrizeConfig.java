package dev.loyalty.rules.program;

import java.util.Objects;
import java.util.Optional;

/**
 * A prize of a wheel or a lottery: points, a reward of the catalogue, or nothing. YAML:
 * {@code { weight: 30, award: { pointType: points, amount: 20 } }}, {@code { weight: 1, reward: free-coffee }}
 * or {@code { weight: 60 }} (nothing).
 *
 * @param weight how likely the prize is on a wheel, relative to the wheel's other prizes; >= 1
 * @param pointType the point type of the points won, if points are won
 * @param amount the points won, in the type's smallest units; 0 if none
 * @param reward the reward won, if one is
 */
public record PrizeConfig(int weight, Optional<String> pointType, long amount, Optional<String> reward) {

    /** Validates the fields. */
    public PrizeConfig {
        Objects.requireNonNull(pointType, "pointType");
        Objects.requireNonNull(reward, "reward");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be >= 1, but was " + weight);
        }
        if (amount < 0 || pointType.isPresent() != (amount > 0)) {
            throw new IllegalArgumentException("a prize of points needs a point type and an amount > 0, but was "
                    + pointType.orElse("no point type") + " and " + amount);
        }
    }

    /** Whether the prize is nothing at all. */
    public boolean isNothing() {
        return pointType.isEmpty() && reward.isEmpty();
    }

    /** {@code 20 points}, {@code reward free-coffee} or {@code nothing}. */
    public String describe() {
        if (isNothing()) {
            return "nothing";
        }
        String points = pointType.map(type -> amount + " " + type).orElse("");
        String prize = reward.map(id -> "reward " + id).orElse("");
        return points.isEmpty() || prize.isEmpty() ? points + prize : points + " and " + prize;
    }
}
