package dev.loyalty.rules;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Reason;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a ledger entry was made, read from the reason the engine recorded on it, so it can be told for
 * any entry at any later time, also after the program changed.
 *
 * @param entry the entry's sequence number in the member's ledger
 * @param source what kind of thing caused it
 * @param name the main rule, the reward, or the kind of request
 * @param rules every rule that contributed, the main one first; for a reversal, the rules of the entry it
 *     reverses; empty for time-driven work and operators
 * @param campaign the campaign the rules matched, if any
 * @param program the program as {@code name@version}, if a program made the entry
 * @param event the type of the event that made it, e.g. {@code purchase}, if an event did
 * @param note the note the rule gave, if any
 * @param deadline when the points expire, for a bonus a rule gave a short expiry ({@code expiresInDays})
 */
public record Explanation(long entry, Reason.Source source, String name, List<String> rules, Optional<String> campaign,
        Optional<String> program, Optional<String> event, Optional<String> note, Optional<Instant> deadline) {

    /** The key of {@link Reason#details()} under which the engine records the rules, comma-separated. */
    public static final String RULES = "rules";
    /** The detail key of the campaign the rules matched. */
    public static final String CAMPAIGN = "campaign";
    /** The detail key of the program, as {@code name@version}. */
    public static final String PROGRAM = "program";
    /** The detail key of the event type. */
    public static final String EVENT = "event";
    /** The detail key of a rule's note. */
    public static final String NOTE = "note";
    /** The detail key of the deadline of a short-lived bonus, an ISO-8601 instant. */
    public static final String DEADLINE = "deadline";

    /** An explanation without a deadline. */
    public Explanation(long entry, Reason.Source source, String name, List<String> rules, Optional<String> campaign,
            Optional<String> program, Optional<String> event, Optional<String> note) {
        this(entry, source, name, rules, campaign, program, event, note, Optional.empty());
    }

    /** Validates the fields and copies the list. */
    public Explanation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** The explanation of {@code entry}. */
    public static Explanation of(Entry entry) {
        Reason reason = entry.reason();
        String rules = reason.details().getOrDefault(RULES, "");
        return new Explanation(entry.sequence(), reason.source(), reason.name(),
                rules.isEmpty() ? List.of() : Arrays.asList(rules.split(", ")),
                Optional.ofNullable(reason.details().get(CAMPAIGN)), Optional.ofNullable(reason.details().get(PROGRAM)),
                Optional.ofNullable(reason.details().get(EVENT)), Optional.ofNullable(reason.details().get(NOTE)),
                Optional.ofNullable(reason.details().get(DEADLINE)).map(Instant::parse));
    }

    @Override
    public String toString() {
        return "#" + entry + " " + source + ":" + name + (rules.isEmpty() ? "" : " by " + String.join(", ", rules))
                + campaign.map(id -> " in campaign " + id).orElse("") + note.map(text -> ": " + text).orElse("")
                + deadline.map(at -> " until " + at).orElse("") + program.map(p -> " (" + p + ")").orElse("");
    }
}
