package dev.loyalty.rules.program;

import java.util.Objects;

/**
 * A level of the game-like progression: a member is at the highest level whose badge count they have
 * reached. YAML, one item of {@code games.levels} (lowest first; the first needs no badges):
 * {@code - { id: adventurer, name: Adventurer, badges: 2 }}.
 *
 * @param id the id; 1 to 64 of [a-z0-9_.-]
 * @param name the display name
 * @param badges how many badges the level takes; 0 for the first level
 */
public record LevelConfig(String id, String name, int badges) {

    /** Validates the fields. */
    public LevelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (badges < 0) {
            throw new IllegalArgumentException("badges of level '" + id + "' must be >= 0, but was " + badges);
        }
    }
}
