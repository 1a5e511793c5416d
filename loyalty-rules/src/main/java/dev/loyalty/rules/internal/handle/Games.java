package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.internal.eval.Verdict;
import dev.loyalty.rules.program.BadgeConfig;
import dev.loyalty.rules.program.GamesConfig;
import dev.loyalty.rules.program.LevelConfig;
import dev.loyalty.rules.program.UnknownIdException;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Badges and levels: a badge is the counter {@code badge.<id>} set to 1, so it persists with the
 * member's other counters; the level follows from how many badges the member has.
 */
final class Games {

    private Games() {}

    /** Whole months from the member's enrollment date to the date of {@code at}, in the member's zone. */
    static long tenureMonths(dev.loyalty.core.member.Member profile, Instant at) {
        return Math.max(0, ChronoUnit.MONTHS.between(profile.enrollmentDate(), profile.localDate(at)));
    }

    /** The id of the level a member with {@code counters} is at; empty without levels. */
    static String level(CompiledProgram program, Map<String, Long> counters) {
        return program.games().level(badgeCount(counters)).map(LevelConfig::id).orElse("");
    }

    private static long badgeCount(Map<String, Long> counters) {
        return counters.entrySet().stream()
                .filter(counter -> counter.getKey().startsWith(Member.BADGE_COUNTER) && counter.getValue() > 0).count();
    }

    /**
     * Gives the badges the rules decided that the member does not have yet, and moves the member up a
     * level (with a {@code level-up} message) if that takes them to one.
     */
    static void award(Work work, CompiledProgram program, List<Verdict.Ruled> badges, Map<String, Long> counters, String eventId) {
        GamesConfig games = program.games();
        for (Verdict.Ruled given : badges) {
            BadgeConfig badge = Rules.known(given.rule(), () -> games.badge(given.value()).orElseThrow(() -> new UnknownIdException(
                    "badge", given.value(), games.badges().stream().map(BadgeConfig::id).toList())));
            String counter = Member.BADGE_COUNTER + badge.id();
            if (counters.getOrDefault(counter, 0L) == 0 && !work.counters.containsKey(counter)) {
                work.count(counter, 1);
                work.badges.add(badge.id());
            }
        }
        if (work.badges.isEmpty()) {
            return;
        }
        Map<String, Long> after = new HashMap<>(counters);
        work.counters.forEach((name, delta) -> after.merge(name, delta, Long::sum));
        Optional<LevelConfig> before = games.level(badgeCount(counters));
        Optional<LevelConfig> now = games.level(badgeCount(after));
        if (now.isPresent() && !now.equals(before)) {
            work.levelUp = now.map(LevelConfig::id);
            work.messages.add(new OutboxMessage(work.member, eventId + "/level-up", "level-up",
                    Map.of("level", now.get().id(), "levelName", now.get().name()), work.at));
        }
    }
}
