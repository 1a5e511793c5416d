package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.BudgetConfig;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the {@code budgets} list of {@code program.yaml}: what awards may draw, in all and per member. */
final class BudgetsReader {

    private static final List<String> KEYS = List.of("id", "cap", "unit", "perMember");

    private final Declared declared;

    BudgetsReader(Declared declared) {
        this.declared = declared;
    }

    List<BudgetConfig> read(Section root) {
        return Items.read(root, "budgets", "budget", KEYS, this::budget);
    }

    private Optional<BudgetConfig> budget(Section item) {
        int before = item.problems().count();
        Optional<String> id = declared.budgets.declare(item);
        Optional<Long> cap = atLeast(item, "cap", true, 0);
        BudgetConfig.Unit unit = item.value("unit", false, "awards | points",
                t -> Values.constant(BudgetConfig.Unit.class, t)).orElse(BudgetConfig.Unit.AWARDS);
        Optional<Long> perMember = atLeast(item, "perMember", false, 1);
        if (item.problems().count() > before || id.isEmpty() || cap.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetConfig(id.get(), cap.get(), unit,
                perMember.map(OptionalLong::of).orElse(OptionalLong.empty())));
    }

    private static Optional<Long> atLeast(Section item, String key, boolean required, long min) {
        Optional<Long> value = item.value(key, required, "a whole number", Values::whole);
        if (value.isPresent() && value.get() < min) {
            item.problemAt(key, "'" + key + "' must be >= " + min + ", but was " + value.get());
            return Optional.empty();
        }
        return value;
    }
}
