package dev.loyalty.core.ledger;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Why an entry was made: the rule, campaign, reward or operator behind it.
 *
 * @param source what kind of thing caused the entry
 * @param name which one: the rule name, campaign id, reward id, operator name, or the request type
 * @param details more facts, e.g. {@code program=coffee-club@3}; kept sorted by key
 */
public record Reason(Source source, String name, Map<String, String> details) {

    /** What kind of thing caused an entry. */
    public enum Source {
        /** A rule of the program. */
        RULE,
        /** A campaign. */
        CAMPAIGN,
        /** A reward that was redeemed. */
        REWARD,
        /** A person operating the program (support staff, an administrator). */
        OPERATOR,
        /** The host application's own request (e.g. a direct API call). */
        REQUEST,
        /** The SDK itself: expiry, activation and other time-driven work. */
        SYSTEM
    }

    /** Validates the fields and copies {@code details} into a sorted, unmodifiable map. */
    public Reason {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("reason name must be 1 to 200 characters and not blank, but was '" + name + "'");
        }
        // Without details, the shared empty map: a store may keep millions of reasons.
        details = details.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /** A reason without details. */
    public static Reason of(Source source, String name) {
        return new Reason(source, name, Map.of());
    }

    /** The rule named {@code rule} produced the entry. */
    public static Reason rule(String rule) {
        return of(Source.RULE, rule);
    }

    /** The host application asked for the entry directly, in a request of type {@code request}. */
    public static Reason request(String request) {
        return of(Source.REQUEST, request);
    }

    /** An operator made the entry, saying why. */
    public static Reason operator(String operator, String note) {
        return new Reason(Source.OPERATOR, operator, Map.of("note", note));
    }

    /** Time-driven work of the SDK, e.g. {@code system("expiry")}. */
    public static Reason system(String work) {
        return of(Source.SYSTEM, work);
    }

    /** A copy with one more detail. */
    public Reason with(String key, String value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, value);
        return new Reason(source, name, more);
    }

    @Override
    public String toString() {
        return details.isEmpty() ? source + ":" + name : source + ":" + name + details;
    }
}
