package dev.loyalty.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one JSON object (an event line, a purchase line), read with checks: each getter says
 * which field is missing or malformed, and {@link #noOthers()} names a field nobody asked for, so that a
 * typo ({@code "ammount"}) is an error rather than silently ignored.
 */
final class Fields {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The fields of {@code node}, which must be an object; {@code path} prefixes field names in messages. */
    static Fields of(JsonNode node, String path, String what) {
        if (!node.isObject()) {
            throw new BadInputException(what + " must be a JSON object, but was " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return new Fields(node, path);
    }

    /** The object itself. */
    JsonNode node() {
        return node;
    }

    boolean has(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalText(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw wrong(name, "a non-empty string", value);
        }
        return Optional.of(value.asText());
    }

    Instant instant(String name) {
        String text = text(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(name, "an ISO-8601 instant such as 2026-12-05T09:30:00Z", node.get(name));
        }
    }

    Optional<LocalDate> optionalDate(String name) {
        return optionalText(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw wrong(name, "a date such as 1990-12-05", node.get(name));
            }
        });
    }

    Optional<ZoneId> optionalZone(String name) {
        return optionalText(name).map(text -> {
            try {
                return ZoneId.of(text);
            } catch (RuntimeException e) {
                throw wrong(name, "a time zone such as Europe/Berlin", node.get(name));
            }
        });
    }

    /** A decimal given as a JSON string ({@code "12.90"}) or number ({@code 12.90}), exactly. */
    Optional<BigDecimal> optionalDecimal(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        try {
            if (value.isNumber()) {
                return Optional.of(value.decimalValue());
            }
            if (value.isTextual()) {
                return Optional.of(new BigDecimal(value.asText().strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw wrong(name, "a decimal number such as \"12.90\"", value);
    }

    BigDecimal decimal(String name) {
        return optionalDecimal(name).orElseThrow(() -> missing(name));
    }

    /** A whole number; {@code fallback} when absent. */
    long whole(String name, long fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(name, "a whole number", value);
        }
        return value.asLong();
    }

    /** The elements of array {@code name}, each an object, with their own paths ({@code lines[0]}). */
    List<Fields> objects(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray() || value.isEmpty()) {
            throw wrong(name, "a non-empty array", value);
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = name + "[" + i + "]";
            items.add(of(value.get(i), path + at + ".", path + at));
        }
        return items;
    }

    /** The string values of object {@code name}, in order. */
    List<String[]> stringPairs(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw wrong(name, "an object of strings", value);
        }
        List<String[]> pairs = new ArrayList<>();
        value.properties().forEach(field -> {
            if (!field.getValue().isTextual()) {
                throw wrong(name + "." + field.getKey(), "a string", field.getValue());
            }
            pairs.add(new String[] {field.getKey(), field.getValue().asText()});
        });
        return pairs;
    }

    /** Fails naming the first field that no getter asked for. */
    void noOthers() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new BadInputException("unknown field '" + path + name + "'; known here: " + String.join(", ", read));
            }
        }
    }

    BadInputException missing(String name) {
        return new BadInputException("'" + path + name + "' is missing");
    }

    BadInputException wrong(String name, String expected, JsonNode value) {
        return new BadInputException("'" + path + name + "' must be " + expected + ", but was " + value);
    }
}
