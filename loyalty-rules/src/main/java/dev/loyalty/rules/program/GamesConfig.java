package dev.loyalty.rules.program;

import java.util.List;
import java.util.Optional;

/**
 * The {@code games:} section of {@code program.yaml}: badges members earn and the levels they climb by
 * collecting them, wheels of fortune and lotteries.
 *
 * @param badges the badges, in declaration order
 * @param levels the levels, lowest first; empty when the program has none
 * @param wheels the wheels, in declaration order
 * @param lotteries the lotteries, in declaration order
 */
public record GamesConfig(List<BadgeConfig> badges, List<LevelConfig> levels, List<WheelConfig> wheels,
        List<LotteryConfig> lotteries) {

    /** A program without games. */
    public static final GamesConfig NONE = new GamesConfig(List.of(), List.of(), List.of(), List.of());

    /** Copies the lists and checks the levels: the first needs no badges, each later one more than the one before. */
    public GamesConfig {
        badges = List.copyOf(badges);
        levels = List.copyOf(levels);
        wheels = List.copyOf(wheels);
        lotteries = List.copyOf(lotteries);
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

    /**
     * The wheel {@code id}.
     *
     * @throws UnknownIdException if the program has no such wheel
     */
    public WheelConfig wheel(String id) {
        return wheels.stream().filter(wheel -> wheel.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException("wheel", id, wheels.stream().map(WheelConfig::id).toList()));
    }

    /**
     * The lottery {@code id}.
     *
     * @throws UnknownIdException if the program has no such lottery
     */
    public LotteryConfig lottery(String id) {
        return lotteries.stream().filter(lottery -> lottery.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException("lottery", id, lotteries.stream().map(LotteryConfig::id).toList()));
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
