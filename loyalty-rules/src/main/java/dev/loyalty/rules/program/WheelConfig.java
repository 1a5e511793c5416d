package dev.loyalty.rules.program;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A spin-the-wheel: weighted prizes, spun with a spin a rule gave ({@code decisions.grantSpin}), paid with
 * points ({@code cost}), or spun by a rule as a surprise ({@code decisions.surprise}). One item of
 * {@code games.wheels}.
 *
 * @param id the id; 1 to 64 of [a-z0-9_.-]
 * @param name the display name
 * @param costPointType the point type a spin costs, if a spin can be bought
 * @param cost what a spin costs, in the type's smallest units; 0 if it cannot be bought
 * @param prizes the prizes, each with its weight; at least one
 */
public record WheelConfig(String id, String name, Optional<String> costPointType, long cost, List<PrizeConfig> prizes) {

    /** Validates the fields and copies the list. */
    public WheelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(costPointType, "costPointType");
        prizes = List.copyOf(prizes);
        if (prizes.isEmpty()) {
            throw new IllegalArgumentException("wheel '" + id + "' needs at least one prize");
        }
    }

    /** The sum of the prizes' weights. */
    public int totalWeight() {
        return prizes.stream().mapToInt(PrizeConfig::weight).sum();
    }

    /**
     * The slot a spin with {@code seed} lands on: {@code new SplittableRandom(seed).nextInt(totalWeight())}
     * picks a point on the wheel, and the prizes take up their weights in order. Anyone with the program
     * and the recorded seed can spin again and check.
     */
    public int slot(long seed) {
        int point = new SplittableRandom(seed).nextInt(totalWeight());
        for (int slot = 0; slot < prizes.size(); slot++) {
            point -= prizes.get(slot).weight();
            if (point < 0) {
                return slot;
            }
        }
        throw new IllegalStateException("unreachable: the point is below the total weight");
    }
}
