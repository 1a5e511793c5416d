package dev.loyalty.rules.program;

import java.util.Map;
import java.util.Set;

/**
 * Who a campaign or reward is for. Every part that is set must match (tiers and segments: any one of
 * those listed; attributes: all of them); an empty part matches everyone. YAML:
 * {@code audience: { tiers: [silver, gold], segments: [regulars], attributes: { city: Berlin } }}, every
 * key optional.
 *
 * @param tiers ids of the tiers it is for; empty for every tier
 * @param segments ids of the segments it is for; empty for everyone
 * @param attributes member attributes that must have these values
 */
public record Audience(Set<String> tiers, Set<String> segments, Map<String, String> attributes) {

    /** Everyone. */
    public static final Audience EVERYONE = new Audience(Set.of(), Set.of(), Map.of());

    /** Copies the collections. */
    public Audience {
        tiers = Set.copyOf(tiers);
        segments = Set.copyOf(segments);
        attributes = Map.copyOf(attributes);
    }

    /**
     * Whether a member with this tier, these segments and these attributes is in the audience.
     *
     * @param tier the member's tier id; empty if the program has no tiers
     */
    public boolean includes(java.util.Optional<String> tier, Set<String> memberSegments, Map<String, String> memberAttributes) {
        boolean tierOk = tiers.isEmpty() || tier.filter(tiers::contains).isPresent();
        boolean segmentOk = segments.isEmpty() || segments.stream().anyMatch(memberSegments::contains);
        boolean attributesOk = attributes.entrySet().stream()
                .allMatch(e -> e.getValue().equals(memberAttributes.get(e.getKey())));
        return tierOk && segmentOk && attributesOk;
    }
}
