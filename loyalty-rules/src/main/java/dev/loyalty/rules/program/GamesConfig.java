package dev.loyalty.rules.program;

import java.util.List;
import java.util.Optional;

/**
 * The {@code games:} section of {@code program.yaml}: badges members earn and the levels they climb by
 * collecting them.
 *
 * @param badges the badges, in declaration order
 * @param levels the levels, lowest first; empty when the program has none
 */
public record GamesConfig(List<BadgeConfig> badges, List<LevelConfig> levels) {

    /** A program without games. */
    public static final GamesConfig NONE = new GamesConfig(List.of(), List.of());

    /** Copies the lists and checks the levels: the first needs no badges, each later one more than the one before. */
    public GamesConfig {
        badges = List.copyOf(badges);
        levels = List.copyOf(levels);
        for (int i = 0; i < levels.size(); i++) {
            int needed = levels.get(i).badges();
            if (i == 0 && needed != 0) {
                throw new IllegalArgumentException("the first level '" + levels.get(0).id() + "' must need 0 badges, but needs " + needed);
            }
            if (i > 0 && needed <= levels.get(i - 1).badges()) {
                throw new IllegalArgumentException("level '" + levels.get(i).id() + "' must need more badges than level '"
                        + levels.get(i - 1).id() + "' (" + levels.get(i - 1).badges() + "), but needs " + needed);
            }
        }
    }

    /** The badge {@code id}, if declared. */
    public Optional<BadgeConfig> badge(String id) {
        return badges.stream().filter(badge -> badge.id().equals(id)).findFirst();
    }

    /** The level of a member with {@code badgeCount} badges; empty when the program has no levels. */
    public Optional<LevelConfig> level(long badgeCount) {
        LevelConfig reached = null;
        for (LevelConfig level : levels) {
            if (level.badges() <= badgeCount) {
                reached = level;
            }
        }
        return Optional.ofNullable(reached);
    }
}
