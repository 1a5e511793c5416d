package dev.loyalty.rules.program;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code winBack} section: members who were active once and have been inactive for
 * {@code inactiveDays} get a bonus that expires soon, and the {@code winBack} trigger's message. YAML:
 * {@code winBack: { inactiveDays: 180, bonus: { pointType: points, amount: 500, validDays: 7 } }}.
 *
 * <p>Each member gets it once per spell of inactivity: the next one after they were active again. The
 * member's attributes record it: {@code winback.at} (when it was granted) and, once they purchase again,
 * {@code winback.returned} (when); the counters {@code winback.offers} and {@code winback.returns} add up.
 *
 * @param inactiveDays days without activity (a purchase or an activity event) after which a member is won back, >= 1
 * @param bonus the bonus, if any
 */
public record WinBackConfig(int inactiveDays, Optional<Bonus> bonus) {

    /** Checks the fields. */
    public WinBackConfig {
        Objects.requireNonNull(bonus, "bonus");
        if (inactiveDays < 1) {
            throw new IllegalArgumentException("inactiveDays must be >= 1, but was " + inactiveDays);
        }
    }

    /**
     * Points that expire soon.
     *
     * @param pointType the point type
     * @param amount in the type's smallest units (whole points at scale 0), >= 1
     * @param validDays days until they expire, >= 1
     */
    public record Bonus(String pointType, long amount, int validDays) {
        /** Checks the fields. */
        public Bonus {
            Objects.requireNonNull(pointType, "pointType");
            if (amount < 1 || validDays < 1) {
                throw new IllegalArgumentException("amount and validDays must be >= 1, but were " + amount + " and " + validDays);
            }
        }
    }
}
