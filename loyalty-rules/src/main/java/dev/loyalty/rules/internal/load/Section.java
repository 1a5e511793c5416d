package dev.loyalty.rules.internal.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A YAML mapping being read as one part of the program, such as "point type 'points'": reports unknown
 * and missing keys and values of the wrong kind, each at the line of the offending node.
 */
final class Section {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final String file;
    private final Problems problems;

    private Section(YamlNode.Mapping mapping, String what, String file, Problems problems) {
        this.mapping = mapping;
        this.what = what;
        this.file = file;
        this.problems = problems;
    }

    /**
     * {@code node} as a section named {@code what} with keys {@code known}; empty (with a problem) if
     * {@code node} is not a mapping. Unknown keys are reported.
     */
    static Optional<Section> of(YamlNode node, String what, List<String> known, String file, Problems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(file, node.line(), what + " must be a mapping, but was " + node.describe());
            return Optional.empty();
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.add(file, entry.line(), "unknown key '" + entry.key() + "' in " + what
                        + " (known: " + String.join(", ", known) + ")");
            }
        }
        return Optional.of(new Section(mapping, what, file, problems));
    }

    /** The line the mapping starts on. */
    int line() {
        return mapping.line();
    }

    /** The line of {@code key}, or of the mapping when the key is absent. */
    int line(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.line() : entry.line();
    }

    /** What the section is, e.g. {@code point type 'points'}. */
    String what() {
        return what;
    }

    /** Whether {@code key} is present (even with a null value). */
    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    /** The node of {@code key}; reported as missing when {@code required} and absent. */
    Optional<YamlNode> node(String key, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            if (required) {
                problem(mapping.line(), "missing required key '" + key + "'");
            }
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** The text of scalar {@code key}; problems when missing (if required), null or not a scalar. */
    Optional<String> text(String key, boolean required) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            return Optional.of(scalar.text());
        }
        problem(line(key), "'" + key + "' must be a value, but was " + node.get().describe());
        return Optional.empty();
    }

    /**
     * Scalar {@code key} converted by {@code convert}, which returns empty for text it cannot convert;
     * then {@code expected} says what was expected, e.g. {@code "a whole number"}.
     */
    <T> Optional<T> value(String key, boolean required, String expected, Function<String, Optional<T>> convert) {
        Optional<String> text = text(key, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = convert.apply(text.get().trim());
        if (value.isEmpty()) {
            problem(line(key), "'" + key + "' must be " + expected + ", but was '" + text.get() + "'");
        }
        return value;
    }

    /** The items of list {@code key}; problems when missing (if required) or not a list. */
    Optional<List<YamlNode>> list(String key, boolean required) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence.items());
        }
        problem(line(key), "'" + key + "' must be a list, but was " + node.get().describe());
        return Optional.empty();
    }

    /** The nested section {@code key}, named {@code nested}, with keys {@code known}. */
    Optional<Section> section(String key, boolean required, String nested, List<String> known) {
        return node(key, required).flatMap(node -> of(node, nested, known, file, problems));
    }

    /** Records a problem about this section at {@code line}: {@code "<what>: <message>"} (no prefix for the whole file). */
    void problem(int line, String message) {
        problems.add(file, line, what.equals(file) ? message : what + ": " + message);
    }

    /** Records a problem about {@code key} of this section. */
    void problemAt(String key, String message) {
        problem(line(key), message);
    }

    /** The collector, for nested sections. */
    Problems problems() {
        return problems;
    }

    /** The file being read. */
    String file() {
        return file;
    }
}
