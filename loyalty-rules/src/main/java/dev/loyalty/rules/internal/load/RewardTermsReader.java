package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.rules.program.RewardTerms;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Reads the keys of a reward that say how it is handed out: {@code code}, {@code earlyAccess}, {@code partnerPool}. */
final class RewardTermsReader {

    /** The reward keys this reader reads. */
    static final List<String> KEYS = List.of("code", "earlyAccess", "partnerPool");
    private static final List<String> CODE_KEYS = List.of("validDays", "partialUse");

    private RewardTermsReader() {}

    static RewardTerms read(Section item, Declared declared, Optional<ZoneId> zone, Optional<RewardConfig.Kind> kind) {
        OptionalInt validDays = OptionalInt.empty();
        boolean partialUse = false;
        Optional<Section> code = item.section("code", false, "code of " + item.what(), CODE_KEYS);
        if (code.isPresent()) {
            Optional<Integer> days = code.get().value("validDays", true, "a whole number", Values::integer);
            if (days.isPresent() && days.get() < 1) {
                code.get().problemAt("validDays", "validDays must be >= 1, but was " + days.get());
            }
            validDays = OptionalInt.of(days.filter(d -> d >= 1).orElse(1));
            partialUse = code.get().value("partialUse", false, "true or false", Values::bool).orElse(false);
            if (partialUse && kind.isPresent() && kind.get() != RewardConfig.Kind.COUPON) {
                code.get().problemAt("partialUse", "'partialUse' is only for kind coupon");
            }
        }
        Optional<String> pool = item.text("partnerPool", false);
        if (pool.isPresent() && code.isPresent()) {
            item.problemAt("partnerPool", "a reward has either 'code' (codes of the program's own) or 'partnerPool', not both");
        }
        return new RewardTerms(validDays, partialUse, earlyAccess(item, declared, zone), pool);
    }

    /** {@code earlyAccess: { gold: 2026-11-25T00:00 }}: tier ids (checked later) to local date-times. */
    private static Map<String, Instant> earlyAccess(Section item, Declared declared, Optional<ZoneId> zone) {
        Map<String, Instant> early = new TreeMap<>();
        item.node("earlyAccess", false).ifPresent(node -> {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                item.problemAt("earlyAccess", "'earlyAccess' must be a mapping of tiers to date-times, but was " + node.describe());
                return;
            }
            mapping.entries().values().forEach(entry -> {
                declared.references.add(item, entry.line(), declared.tiers, entry.key(), "earlyAccess");
                Optional<Values.DateTime> at = entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null
                        ? Values.dateTime(scalar.text().trim()) : Optional.empty();
                if (at.isEmpty()) {
                    item.problem(entry.line(), "earlyAccess of tier '" + entry.key() + "' must be " + CampaignsReader.DATE_TIME
                            + ", but was " + entry.value().describe());
                } else {
                    zone.ifPresent(z -> early.put(entry.key(), at.get().in(z)));
                }
            });
        });
        return early;
    }
}
