package dev.loyalty.core.tier;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One level of a {@link TierLadder} (MISSION T1), such as bronze, silver or gold.
 *
 * @param id the name hosts and rule authors use, e.g. {@code "gold"}; 1 to 32 of {@code [a-z0-9_-]}
 * @param name the display name, e.g. {@code "Gold"}; not blank, at most 100 characters
 * @param rank the position on the ladder: 0 for the entry tier, higher for better tiers
 * @param qualification what reaches and keeps the tier; {@link Qualification#NONE} for the entry tier
 * @param benefits what members of the tier get
 */
public record Tier(String id, String name, int rank, Qualification qualification, Benefits benefits) {

    private static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,32}");

    /** Validates the fields; messages name the field and the bad value. */
    public Tier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(benefits, "benefits");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("tier id must be 1 to 32 of [a-z0-9_-], but was '" + id + "'");
        }
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException(
                    "name of tier '" + id + "' must be 1 to 100 characters and not blank, but was '" + name + "'");
        }
        if (rank < 0) {
            throw new IllegalArgumentException("rank of tier '" + id + "' must be >= 0, but was " + rank);
        }
    }

    /** The entry tier: rank 0, no thresholds. */
    public static Tier entry(String id, String name, Benefits benefits) {
        return new Tier(id, name, 0, Qualification.NONE, benefits);
    }

    /** Whether this tier ranks above {@code other}. */
    public boolean isAbove(Tier other) {
        return rank > other.rank;
    }
}
