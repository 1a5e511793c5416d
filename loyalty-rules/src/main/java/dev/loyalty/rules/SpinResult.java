package dev.loyalty.rules;

import dev.loyalty.rules.program.PrizeConfig;
import java.util.Objects;

/**
 * One spin of a wheel: re-run it with {@code program.games().wheel(wheel).slot(seed)}.
 *
 * @param wheel the wheel's id
 * @param seed the seed the spin was drawn with, taken from the engine's random source
 * @param slot the index of the prize it landed on, in the wheel's list of prizes
 * @param prize the prize won (possibly nothing)
 */
public record SpinResult(String wheel, long seed, int slot, PrizeConfig prize) {

    /** Validates the fields. */
    public SpinResult {
        Objects.requireNonNull(wheel, "wheel");
        Objects.requireNonNull(prize, "prize");
    }
}
