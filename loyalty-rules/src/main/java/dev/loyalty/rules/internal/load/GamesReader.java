package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.BadgeConfig;
import dev.loyalty.rules.program.GamesConfig;
import dev.loyalty.rules.program.LevelConfig;
import dev.loyalty.rules.program.LotteryConfig;
import dev.loyalty.rules.program.WheelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code games} section of {@code program.yaml}: badges and levels, wheels and lotteries. */
final class GamesReader {

    private static final List<String> KEYS = List.of("badges", "levels", "wheels", "lotteries");
    private static final List<String> BADGE_KEYS = List.of("id", "name");
    private static final List<String> LEVEL_KEYS = List.of("id", "name", "badges");

    private final Declared declared;
    private final Ids levelIds = new Ids("level", Ids.LONG);
    private int levelsSeen;

    GamesReader(Declared declared) {
        this.declared = declared;
    }

    GamesConfig read(Section root) {
        Optional<Section> games = root.section("games", false, "games", KEYS);
        if (games.isEmpty()) {
            return GamesConfig.NONE;
        }
        int before = games.get().problems().count();
        List<BadgeConfig> badges = Items.read(games.get(), "badges", "badge", BADGE_KEYS, this::badge);
        List<LevelConfig> levels = levels(games.get());
        ChanceReader chance = new ChanceReader(declared);
        List<WheelConfig> wheels = chance.wheels(games.get());
        List<LotteryConfig> lotteries = chance.lotteries(games.get());
        return games.get().problems().count() > before ? GamesConfig.NONE : new GamesConfig(badges, levels, wheels, lotteries);
    }

    private Optional<BadgeConfig> badge(Section item) {
        Optional<String> id = declared.badges.declare(item);
        Optional<String> name = item.text("name", true);
        return id.isEmpty() || name.isEmpty() ? Optional.empty() : Optional.of(new BadgeConfig(id.get(), name.get()));
    }

    /** The levels, each needing more badges than the one before; the first needs none. */
    private List<LevelConfig> levels(Section games) {
        List<LevelConfig> levels = new ArrayList<>();
        Items.read(games, "levels", "level", LEVEL_KEYS, item -> level(item, levels));
        return levels;
    }

    private Optional<LevelConfig> level(Section item, List<LevelConfig> before) {
        boolean first = levelsSeen++ == 0;
        Optional<String> id = levelIds.declare(item);
        Optional<String> name = item.text("name", true);
        Optional<Integer> badges = item.value("badges", !first, "a whole number > 0", Values::integer);
        int needed = badges.orElse(0);
        if (first && needed != 0) {
            item.problemAt("badges", "the first level needs no badges, but needs " + needed);
        } else if (!first && badges.isPresent() && !before.isEmpty() && needed <= before.get(before.size() - 1).badges()) {
            LevelConfig lower = before.get(before.size() - 1);
            item.problemAt("badges", "needs " + needed + " badges, not more than level '" + lower.id() + "' (" + lower.badges() + ")");
        } else if (id.isPresent() && name.isPresent() && (first || badges.isPresent())) {
            LevelConfig level = new LevelConfig(id.get(), name.get(), needed);
            before.add(level);
            return Optional.of(level);
        }
        return Optional.empty();
    }
}
