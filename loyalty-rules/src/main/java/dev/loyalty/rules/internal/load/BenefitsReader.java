package dev.loyalty.rules.internal.load;

import dev.loyalty.core.tier.Benefits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a tier's {@code benefits} mapping. */
final class BenefitsReader {

    private static final List<String> KEYS = List.of("earnMultiplier", "discountPercent", "priorityService", "access");

    private BenefitsReader() {}

    static Optional<Benefits> read(YamlNode node, Section tier) {
        Optional<Section> found = Section.of(node, "benefits of " + tier.what(), KEYS, tier.file(), tier.problems());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Section b = found.get();
        int before = b.problems().count();
        BigDecimal multiplier = b.value("earnMultiplier", false, "a decimal number such as \"1.5\"", Values::decimal)
                .orElse(BigDecimal.ONE);
        int discount = b.value("discountPercent", false, "a whole number", Values::integer).orElse(0);
        boolean priority = b.value("priorityService", false, "true or false", Values::bool).orElse(false);
        Set<String> access = Items.texts(b, "access").stream().map(YamlNode.Scalar::text)
                .collect(Collectors.toSet());
        if (b.problems().count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Benefits(multiplier, discount, priority, access));
        } catch (IllegalArgumentException e) {
            b.problem(b.line(), e.getMessage());
            return Optional.empty();
        }
    }
}
