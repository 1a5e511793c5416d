package dev.loyalty.rules.internal.load;

import java.util.List;
import java.util.Map;

/** A YAML node that remembers its line: the small tree {@link YamlReader} builds from Jackson's token stream. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** The line the node starts on, from 1. */
    int line();

    /** The node in words for messages: {@code a mapping}, {@code a list} or the quoted text. */
    String describe();

    /** A scalar; {@code text} is null for YAML's null ({@code ~}, {@code null} or nothing). */
    record Scalar(@org.jspecify.annotations.Nullable String text, int line) implements YamlNode {
        @Override
        public String describe() {
            return text == null ? "nothing" : "'" + text + "'";
        }
    }

    /** A mapping, keys in document order. */
    record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A key with its line and its value. */
    record Entry(String key, int line, YamlNode value) {}

    /** A list. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }
}
