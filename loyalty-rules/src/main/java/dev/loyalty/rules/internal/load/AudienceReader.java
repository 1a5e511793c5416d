package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.Audience;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads an {@code audience} mapping of a campaign or reward; tier and segment ids are checked later. */
final class AudienceReader {

    private static final List<String> KEYS = List.of("tiers", "segments", "attributes");

    private AudienceReader() {}

    static Audience read(Section owner, Declared declared) {
        Optional<Section> found = owner.section("audience", false, "audience of " + owner.what(), KEYS);
        if (found.isEmpty()) {
            return Audience.EVERYONE;
        }
        Section audience = found.get();
        Set<String> tiers = ids(audience, "tiers", declared.tiers, declared);
        Set<String> segments = ids(audience, "segments", declared.segments, declared);
        Map<String, String> attributes = new LinkedHashMap<>();
        audience.node("attributes", false).ifPresent(node -> {
            if (node instanceof YamlNode.Mapping mapping) {
                mapping.entries().values().forEach(entry -> {
                    if (entry.value() instanceof YamlNode.Scalar value && value.text() != null) {
                        attributes.put(entry.key(), value.text());
                    } else {
                        audience.problem(entry.line(), "attribute '" + entry.key() + "' must be a value, but was "
                                + entry.value().describe());
                    }
                });
            } else {
                audience.problemAt("attributes", "'attributes' must be a mapping, but was " + node.describe());
            }
        });
        return new Audience(tiers, segments, attributes);
    }

    private static Set<String> ids(Section audience, String key, Ids ids, Declared declared) {
        Set<String> found = new LinkedHashSet<>();
        for (YamlNode.Scalar scalar : Items.texts(audience, key)) {
            String id = String.valueOf(scalar.text());
            found.add(id);
            declared.references.add(audience, scalar.line(), ids, id, "audience");
        }
        return found;
    }
}
