package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads what {@link TextWriter} wrote, in the same order; corrupt text is a {@link StoreException}. */
final class TextReader {

    private final String text;
    private final String what;
    private int at;

    /** Reads {@code text}; {@code what} names the row in error messages. */
    TextReader(String text, String what) {
        this.text = text;
        this.what = what;
    }

    String string() {
        int colon = text.indexOf(':', at);
        if (colon < 0) {
            throw corrupt("a length prefix");
        }
        int length;
        try {
            length = Integer.parseInt(text, at, colon, 10);
        } catch (NumberFormatException e) {
            throw corrupt("a length prefix");
        }
        int end = colon + 1 + length;
        if (length < 0 || end > text.length()) {
            throw corrupt("a value of " + length + " characters");
        }
        at = end;
        return text.substring(colon + 1, end);
    }

    long number() {
        String value = string();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw corrupt("a number, not '" + value + "'");
        }
    }

    int smallNumber() {
        return Math.toIntExact(number());
    }

    boolean flag() {
        return number() == 1;
    }

    Instant instant() {
        return Instant.ofEpochSecond(number(), number());
    }

    <T> Optional<T> optional(Function<TextReader, T> item) {
        return flag() ? Optional.of(item.apply(this)) : Optional.empty();
    }

    <T> List<T> list(Function<TextReader, T> item) {
        int size = smallNumber();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(item.apply(this));
        }
        return values;
    }

    Map<String, String> map() {
        int size = smallNumber();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < size; i++) {
            values.put(string(), string());
        }
        return values;
    }

    private StoreException corrupt(String expected) {
        return StoreException.corrupt("stored " + what + " is corrupt: expected " + expected + " at character " + at);
    }
}
