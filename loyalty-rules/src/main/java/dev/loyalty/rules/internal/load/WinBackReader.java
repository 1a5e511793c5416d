package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.RequalificationConfig;
import dev.loyalty.rules.program.WinBackConfig;
import java.util.List;
import java.util.Optional;

/** Reads the {@code winBack} and {@code requalification} sections of {@code program.yaml}. */
final class WinBackReader {

    private final Declared declared;

    WinBackReader(Declared declared) {
        this.declared = declared;
    }

    Optional<WinBackConfig> winBack(Section root) {
        return root.section("winBack", false, "winBack", List.of("inactiveDays", "bonus")).flatMap(section -> {
            Optional<Integer> days = atLeast(section, "inactiveDays", 1);
            Optional<Section> bonusSection = section.section("bonus", false, "winBack.bonus", List.of("pointType", "amount", "validDays"));
            Optional<WinBackConfig.Bonus> bonus = bonusSection.flatMap(this::bonus);
            if (days.isEmpty() || (bonusSection.isPresent() && bonus.isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new WinBackConfig(days.get(), bonus));
        });
    }

    private Optional<WinBackConfig.Bonus> bonus(Section bonus) {
        Optional<String> type = bonus.text("pointType", true);
        type.ifPresent(t -> declared.references.add(bonus, bonus.line("pointType"), declared.pointTypes, t, "pointType"));
        Optional<Long> amount = bonus.value("amount", true, "a whole number >= 1", Values::whole).filter(a -> {
            if (a < 1) {
                bonus.problemAt("amount", "'amount' must be >= 1, but was " + a);
            }
            return a >= 1;
        });
        Optional<Integer> days = atLeast(bonus, "validDays", 1);
        if (type.isEmpty() || amount.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WinBackConfig.Bonus(type.get(), amount.get(), days.get()));
    }

    Optional<RequalificationConfig> requalification(Section root) {
        return root.section("requalification", false, "requalification", List.of("offerDays"))
                .flatMap(section -> atLeast(section, "offerDays", 1)).map(RequalificationConfig::new);
    }

    private static Optional<Integer> atLeast(Section section, String key, int min) {
        Optional<Integer> value = section.value(key, true, "a whole number >= " + min, Values::integer);
        if (value.isPresent() && value.get() < min) {
            section.problemAt(key, "'" + key + "' must be >= " + min + ", but was " + value.get());
            return Optional.empty();
        }
        return value;
    }
}
