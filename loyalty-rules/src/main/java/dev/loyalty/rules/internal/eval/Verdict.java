package dev.loyalty.rules.internal.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the rules decided for one event.
 *
 * @param credits points to credit, what was earned on spend first (by point type), then fixed awards in
 *     the order they were made
 * @param grants rewards granted as gifts
 * @param notices notifications to send
 * @param rejection the refusal of a redemption, if a rule refused it
 * @param fired the names of the rules that fired, in order
 * @param badges badges given, in the order given
 * @param spins spins of wheels given, to be spun later
 * @param surprises wheels to spin now, free
 */
public record Verdict(List<Credit> credits, List<Ruled> grants, List<Ruled> notices, Optional<Refusal> rejection,
        List<String> fired, List<Ruled> badges, List<Ruled> spins, List<Ruled> surprises) {

    /** Copies the lists. */
    public Verdict {
        credits = List.copyOf(credits);
        grants = List.copyOf(grants);
        notices = List.copyOf(notices);
        Objects.requireNonNull(rejection, "rejection");
        fired = List.copyOf(fired);
        badges = List.copyOf(badges);
        spins = List.copyOf(spins);
        surprises = List.copyOf(surprises);
    }

    /** A value a rule decided, e.g. a reward id or a template, with the rule and the campaign it matched. */
    public record Ruled(String value, String rule, Optional<String> campaign) {}

    /** A rule's refusal of a redemption. */
    public record Refusal(String code, String message, String rule) {}
}
