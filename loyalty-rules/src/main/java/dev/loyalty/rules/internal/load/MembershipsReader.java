package dev.loyalty.rules.internal.load;

import dev.loyalty.core.Money;
import dev.loyalty.core.tier.Benefits;
import dev.loyalty.rules.program.MembershipConfig;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Reads the {@code memberships} list (paid memberships) of {@code program.yaml}. */
final class MembershipsReader {

    private static final List<String> KEYS = List.of("id", "name", "price", "period", "grace", "benefits");

    private final Declared declared;
    private final Ids ids = new Ids("membership", Ids.LONG);

    MembershipsReader(Declared declared) {
        this.declared = declared;
    }

    List<MembershipConfig> read(Section root) {
        return Items.read(root, "memberships", "membership", KEYS, this::membership);
    }

    private Optional<MembershipConfig> membership(Section item) {
        int before = item.problems().count();
        Optional<String> id = ids.declare(item);
        Optional<String> name = item.text("name", true);
        Optional<Money> price = price(item);
        Optional<Period> period = item.value("period", true, "an ISO-8601 period such as P1Y", Values::period);
        if (period.isPresent() && (period.get().isNegative() || period.get().isZero())) {
            item.problemAt("period", "period must be > 0, but was " + period.get());
        }
        Optional<Period> grace = item.value("grace", false, "an ISO-8601 period such as P14D", Values::period);
        if (grace.isPresent() && grace.get().isNegative()) {
            item.problemAt("grace", "grace must be >= 0, but was " + grace.get());
        }
        Optional<Benefits> benefits = item.node("benefits", false).flatMap(node -> BenefitsReader.read(node, item));
        if (item.problems().count() > before || id.isEmpty() || name.isEmpty() || price.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MembershipConfig(id.get(), name.get(), price.get(), period.get(), grace.orElse(Period.ZERO),
                benefits.orElse(Benefits.NONE)));
    }

    private Optional<Money> price(Section item) {
        Optional<BigDecimal> price = item.value("price", true, "a decimal number such as \"49.00\"", Values::decimal);
        if (price.isEmpty() || declared.currency.isEmpty()) {
            return Optional.empty();
        }
        if (price.get().signum() <= 0) {
            item.problemAt("price", "price must be > 0, but was " + price.get().toPlainString());
            return Optional.empty();
        }
        try {
            return Optional.of(new Money(price.get(), declared.currency.get()));
        } catch (IllegalArgumentException e) {
            item.problemAt("price", "price " + e.getMessage());
            return Optional.empty();
        }
    }
}
