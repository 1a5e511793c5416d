package dev.loyalty.rules.internal.load;

import static dev.loyalty.rules.internal.load.Load.YAML;
import static dev.loyalty.rules.internal.load.Load.earn;
import static dev.loyalty.rules.internal.load.Load.problems;
import static dev.loyalty.rules.internal.load.Load.yaml;
import static dev.loyalty.rules.internal.load.Load.yamlProblems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.rules.program.BadgeConfig;
import dev.loyalty.rules.program.LevelConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code games:} section: what it reads, and each problem at its line (YAML's lines start at 15). */
class GamesProblemsTest {

    private static final String GAMES = YAML + """
            games:
              badges:
                - { id: critic, name: First review }
                - { id: regular, name: Fifth purchase }
              levels:
                - { id: rookie, name: Rookie }
                - { id: legend, name: Legend, badges: 2 }
            """;

    @Test
    void reads_badges_and_levels() {
        LoadedProgram program = ProgramLoader.strings(GAMES, Map.of("earn.drl", Load.DRL), getClass().getClassLoader());
        assertThat(program.yaml().games().badges()).containsExactly(
                new BadgeConfig("critic", "First review"), new BadgeConfig("regular", "Fifth purchase"));
        assertThat(program.yaml().games().levels()).containsExactly(
                new LevelConfig("rookie", "Rookie", 0), new LevelConfig("legend", "Legend", 2));
        assertThat(program.yaml().games().level(1)).map(LevelConfig::id).hasValue("rookie");
        assertThat(program.yaml().games().level(3)).map(LevelConfig::id).hasValue("legend");
    }

    @Test
    void levels_must_need_more_badges_each_and_none_at_first() {
        String yaml = GAMES.replace("{ id: rookie, name: Rookie }", "{ id: rookie, name: Rookie, badges: 1 }")
                .replace("badges: 2 }", "badges: 1 }\n    - { id: champion, name: Champion }");
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(20, "level 'rookie': the first level needs no badges, but needs 1"),
                yaml(22, "level 'champion': missing required key 'badges'"));
    }

    @Test
    void duplicate_badges_and_unknown_keys() {
        String yaml = GAMES.replace("id: regular", "id: critic").replace("  levels:", "  level:");
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(18, "badge 'critic': duplicate badge id 'critic' (first declared on line 17)"),
                yaml(19, "unknown key 'level' in games (known: badges, levels, wheels, lotteries)"));
    }

    @Test
    void rules_may_only_name_declared_badges() {
        String drl = Load.DRL.replace("decisions.earnPerUnit(\"points\", \"1\");", "decisions.badge(\"critics\");");
        assertThat(problems(GAMES, Map.of("earn.drl", drl))).containsExactly(
                earn(8, 21, "unknown badge 'critics' (known badges: critic, regular) in rule 'base earn'"));
    }

    @Test
    void wheels_and_lotteries_need_prizes_that_name_declared_things() {
        String yaml = YAML + """
                games:
                  wheels:
                    - id: lucky
                      name: Lucky
                      cost: { pointType: points, amount: 50 }
                      prizes:
                        - { weight: 0 }
                        - { weight: 2, reward: free-coffee }
                        - { award: { pointType: coins, amount: 5 } }
                    - { id: empty, name: Empty, prizes: [] }
                  lotteries:
                    - { id: draw, name: Draw, winners: 0, prize: { award: { pointType: points, amount: 500 } } }
                """;
        assertThat(yamlProblems(yaml)).containsExactly(
                yaml(21, "prize #1: weight must be >= 1, but was 0"),
                yaml(22, "prize #2: reward: unknown reward 'free-coffee' (known rewards: none)"),
                yaml(23, "award of prize #3: pointType: unknown point type 'coins' (known point types: points, status)"),
                yaml(24, "wheel 'empty': a wheel needs at least one prize"),
                yaml(26, "lottery 'draw': inactiveDays must be >= 0 and winners >= 1"));
    }
}
