package dev.loyalty.rules.program;

import java.util.Map;
import java.util.Objects;

/**
 * A named group of members, used in audiences and in DRL ({@code Member(inSegment("regulars"))}). For now a
 * segment is one attribute having one value. YAML, one item of {@code segments}:
 * {@code - { id: regulars, attribute: { key: regular, equals: "true" } }}.
 *
 * @param id the id; 1 to 64 of [a-z0-9_.-]
 * @param attributeKey the member attribute looked at
 * @param attributeValue the value it must have
 */
public record SegmentConfig(String id, String attributeKey, String attributeValue) {

    /** Validates the fields. */
    public SegmentConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributeKey, "attributeKey");
        Objects.requireNonNull(attributeValue, "attributeValue");
    }

    /** Whether a member with {@code attributes} is in the segment. */
    public boolean includes(Map<String, String> attributes) {
        return attributeValue.equals(attributes.get(attributeKey));
    }
}
