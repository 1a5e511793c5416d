package dev.loyalty.rules.internal.load;

import dev.loyalty.core.PointType;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the readers of one {@code program.yaml} share: the ids declared in each section, the references
 * to check at the end, the point types read so far and the program currency (when readable).
 */
final class Declared {

    final Ids pointTypes = new Ids("point type", Ids.SHORT);
    final Ids tiers = new Ids("tier", Ids.SHORT);
    final Ids campaigns = new Ids("campaign", Ids.LONG);
    final Ids rewards = new Ids("reward", Ids.LONG);
    final Ids segments = new Ids("segment", Ids.LONG);
    final Ids badges = new Ids("badge", Ids.LONG);
    final Ids budgets = new Ids("budget", Ids.LONG);
    final References references = new References();
    final Map<String, PointType> types = new HashMap<>();
    Optional<Currency> currency = Optional.empty();
    /** The files under {@code rules:}, if the key is present. */
    Optional<List<RuleFile>> ruleFiles = Optional.empty();
    /** Whether program.yaml could be read as a mapping at all (else every id reference would look unknown). */
    boolean readable;

    /** A DRL file listed under {@code rules:} and the line listing it. */
    record RuleFile(String name, int line) {}

    /** The scale of point type {@code id}, if it was read without problems. */
    Optional<Integer> scale(String id) {
        return Optional.ofNullable(types.get(id)).map(PointType::scale);
    }
}
