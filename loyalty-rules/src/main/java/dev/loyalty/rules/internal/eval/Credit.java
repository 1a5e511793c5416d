package dev.loyalty.rules.internal.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Points that rules decided to credit for one event: what they earned on spend, or one fixed award.
 *
 * @param pointType the point type
 * @param units the amount in the type's smallest units; more than zero
 * @param rules the rules that made it, in the order they fired; the first one is the main one
 * @param campaigns the campaigns those rules matched
 * @param onSpend whether this is what the event earned on spend (as opposed to a fixed award)
 * @param expiresInDays an expiry that overrides the point type's, in days after the event
 * @param pendingForDays a pending period that overrides the point type's, in days
 * @param note the rule's note for the statement, if it gave one
 * @param budget the budget the award draws on, if the rule named one
 */
public record Credit(String pointType, long units, List<String> rules, List<String> campaigns, boolean onSpend,
        OptionalInt expiresInDays, OptionalInt pendingForDays, Optional<String> note, Optional<String> budget) {

    /** A credit that draws on no budget. */
    public Credit(String pointType, long units, List<String> rules, List<String> campaigns, boolean onSpend,
            OptionalInt expiresInDays, OptionalInt pendingForDays, Optional<String> note) {
        this(pointType, units, rules, campaigns, onSpend, expiresInDays, pendingForDays, note, Optional.empty());
    }

    /** Validates the fields and copies the lists. */
    public Credit {
        Objects.requireNonNull(pointType, "pointType");
        rules = List.copyOf(rules);
        campaigns = List.copyOf(campaigns);
        Objects.requireNonNull(expiresInDays, "expiresInDays");
        Objects.requireNonNull(pendingForDays, "pendingForDays");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(budget, "budget");
        if (units <= 0) {
            throw new IllegalArgumentException("credit of " + pointType + " must be > 0, but was " + units);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a credit needs the rule that made it");
        }
    }

    /** The main rule: the first that contributed. */
    public String rule() {
        return rules.get(0);
    }

    /** The first campaign the rules matched, if any. */
    public Optional<String> campaign() {
        return campaigns.stream().findFirst();
    }
}
