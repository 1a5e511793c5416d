package dev.loyalty.rules.internal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ids declared for one kind of item (point types, tiers, ...), with their lines: checks their form and
 * that none is declared twice, and answers whether a reference names a declared id.
 */
final class Ids {

    /** Point type and tier ids, as the core model requires. */
    static final Pattern SHORT = Pattern.compile("[a-z0-9_-]{1,32}");
    /** Campaign, reward and segment ids. */
    static final Pattern LONG = Pattern.compile("[a-z0-9_.-]{1,64}");

    private final String kind;
    private final Pattern form;
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    Ids(String kind, Pattern form) {
        this.kind = kind;
        this.form = form;
    }

    /**
     * Reads the required {@code id} of {@code item} (a section named e.g. "point type #2"), checks its form
     * and uniqueness, and records it; empty when missing, malformed or a duplicate.
     */
    Optional<String> declare(Section item) {
        Optional<String> id = item.text("id", true);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        int line = item.line("id");
        if (!form.matcher(id.get()).matches()) {
            item.problem(line, kind + " id must be " + describe(form) + ", but was '" + id.get() + "'");
            return Optional.empty();
        }
        Integer first = lines.putIfAbsent(id.get(), line);
        if (first != null) {
            item.problem(line, "duplicate " + kind + " id '" + id.get() + "' (first declared on line " + first + ")");
            return Optional.empty();
        }
        return id;
    }

    /** Whether {@code id} was declared. */
    boolean has(String id) {
        return lines.containsKey(id);
    }

    /** The declared ids, in order. */
    List<String> all() {
        return new ArrayList<>(lines.keySet());
    }

    /** What kind of item, e.g. {@code "point type"}. */
    String kind() {
        return kind;
    }

    /** {@code unknown tier 'platinum' (known tiers: bronze, silver)}. */
    String unknown(String id) {
        return "unknown " + kind + " '" + id + "' (known " + kind + "s: "
                + (lines.isEmpty() ? "none" : String.join(", ", lines.keySet())) + ")";
    }

    private static String describe(Pattern form) {
        return form == SHORT ? "1 to 32 of [a-z0-9_-]" : "1 to 64 of [a-z0-9_.-]";
    }
}
