package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.SegmentConfig;
import java.util.List;
import java.util.Optional;

/** Reads the {@code segments} list of {@code program.yaml}. */
final class SegmentsReader {

    private static final List<String> KEYS = List.of("id", "attribute");
    private static final List<String> ATTRIBUTE_KEYS = List.of("key", "equals");

    private final Declared declared;

    SegmentsReader(Declared declared) {
        this.declared = declared;
    }

    List<SegmentConfig> read(Section root) {
        return Items.read(root, "segments", "segment", KEYS, this::segment);
    }

    private Optional<SegmentConfig> segment(Section item) {
        Optional<String> id = declared.segments.declare(item);
        Optional<Section> attribute = item.section("attribute", true, "attribute of " + item.what(), ATTRIBUTE_KEYS);
        Optional<String> key = attribute.flatMap(a -> a.text("key", true));
        Optional<String> equals = attribute.flatMap(a -> a.text("equals", true));
        if (id.isEmpty() || key.isEmpty() || equals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SegmentConfig(id.get(), key.get(), equals.get()));
    }
}
