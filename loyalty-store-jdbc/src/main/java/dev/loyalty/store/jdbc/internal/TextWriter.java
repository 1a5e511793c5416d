package dev.loyalty.store.jdbc.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes values as length-prefixed text ({@code 5:hello}), so that any string, separators included,
 * reads back exactly with {@link TextReader}. The format of the text columns of the schema.
 */
final class TextWriter {

    private final StringBuilder text = new StringBuilder();

    TextWriter string(String value) {
        text.append(value.length()).append(':').append(value);
        return this;
    }

    TextWriter number(long value) {
        return string(Long.toString(value));
    }

    TextWriter flag(boolean value) {
        return string(value ? "1" : "0");
    }

    TextWriter instant(Instant value) {
        return number(value.getEpochSecond()).number(value.getNano());
    }

    <T> TextWriter optional(Optional<T> value, BiConsumer<TextWriter, T> item) {
        flag(value.isPresent());
        value.ifPresent(v -> item.accept(this, v));
        return this;
    }

    <T> TextWriter list(Collection<T> values, BiConsumer<TextWriter, T> item) {
        number(values.size());
        values.forEach(v -> item.accept(this, v));
        return this;
    }

    TextWriter map(Map<String, String> values) {
        number(values.size());
        values.forEach((key, value) -> string(key).string(value));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
