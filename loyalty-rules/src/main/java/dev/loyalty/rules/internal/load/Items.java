package dev.loyalty.rules.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the items of a YAML list section, such as {@code pointTypes}, one section per item. */
final class Items {

    private Items() {}

    /**
     * Each item of list {@code key} of {@code parent} read by {@code read} as a section named
     * {@code kind 'id'} (or {@code kind #n} without a readable id) with keys {@code known}; the results
     * that were read.
     */
    static <T> List<T> read(Section parent, String key, String kind, List<String> known,
            Function<Section, Optional<T>> read) {
        List<T> results = new ArrayList<>();
        List<YamlNode> items = parent.list(key, false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            Section.of(item, name(item, kind, i), known, parent.file(), parent.problems())
                    .flatMap(read)
                    .ifPresent(results::add);
        }
        return results;
    }

    /** {@code point type 'points'} if the item has a scalar id, else {@code point type #2} (from 1). */
    static String name(YamlNode item, String kind, int index) {
        if (item instanceof YamlNode.Mapping mapping && mapping.entries().get("id") != null
                && mapping.entries().get("id").value() instanceof YamlNode.Scalar id && id.text() != null) {
            return kind + " '" + id.text() + "'";
        }
        return kind + " #" + (index + 1);
    }

    /** The scalar texts of list {@code key}, e.g. {@code tiers: [silver, gold]}, each with its line. */
    static List<YamlNode.Scalar> texts(Section section, String key) {
        List<YamlNode.Scalar> texts = new ArrayList<>();
        for (YamlNode node : section.list(key, false).orElse(List.of())) {
            if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                texts.add(scalar);
            } else {
                section.problem(node.line(), "items of '" + key + "' must be values, but one was " + node.describe());
            }
        }
        return texts;
    }
}
