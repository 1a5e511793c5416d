package dev.loyalty.rules.internal.load;

import dev.loyalty.core.Money;
import dev.loyalty.core.PointType;
import dev.loyalty.rules.program.Expiry;
import dev.loyalty.rules.program.PointTypeConfig;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reads the {@code pointTypes} list of {@code program.yaml}. */
final class PointTypesReader {

    private static final List<String> KEYS = List.of("id", "kind", "scale", "expiry", "pendingDays", "value");
    private static final List<String> EXPIRY_KEYS = List.of("days", "months", "endOfMonth");

    private final Declared declared;

    PointTypesReader(Declared declared) {
        this.declared = declared;
    }

    List<PointTypeConfig> read(Section root) {
        if (!root.has("pointTypes")) {
            root.problem(root.line(), "missing required key 'pointTypes' (a program needs at least one point type)");
        }
        return Items.read(root, "pointTypes", "point type", KEYS, this::pointType);
    }

    private Optional<PointTypeConfig> pointType(Section item) {
        int before = item.problems().count();
        Optional<String> id = declared.pointTypes.declare(item);
        Optional<PointType.Kind> kind = item.value("kind", true, "spendable | status | wallet",
                text -> Values.constant(PointType.Kind.class, text));
        Optional<Integer> scale = item.value("scale", false, "a whole number", Values::integer);
        scale.filter(s -> s < 0 || s > 6)
                .ifPresent(s -> item.problemAt("scale", "scale must be 0 to 6, but was " + s));
        Optional<Expiry> expiry = expiry(item);
        Optional<Integer> pendingDays = item.value("pendingDays", false, "a whole number", Values::integer);
        pendingDays.filter(days -> days < 0)
                .ifPresent(days -> item.problemAt("pendingDays", "pendingDays must be >= 0, but was " + days));
        Optional<BigDecimal> value = item.value("value", false, "a decimal number such as \"0.01\"", Values::decimal);
        value.filter(v -> v.signum() < 0)
                .ifPresent(v -> item.problemAt("value", "value must be >= 0, but was " + v.toPlainString()));
        if (item.problems().count() > before || id.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<PointType> type = type(item, id.get(), kind.get(), scale);
        type.ifPresent(t -> declared.types.put(t.id(), t));
        Optional<Money> money = value.flatMap(v -> money(item, v));
        if (type.isEmpty() || (value.isPresent() && money.isEmpty())) {
            return Optional.empty();
        }
        Period pending = Period.ofDays(pendingDays.orElse(0));
        return Optional.of(new PointTypeConfig(type.get(), expiry, pending, money));
    }

    private Optional<PointType> type(Section item, String id, PointType.Kind kind, Optional<Integer> scale) {
        try {
            if (kind != PointType.Kind.WALLET) {
                return Optional.of(new PointType(id, kind, scale.orElse(0), Optional.empty()));
            }
            if (declared.currency.isEmpty()) {
                return Optional.empty(); // the missing currency is reported already
            }
            Currency currency = declared.currency.get();
            if (scale.isPresent() && scale.get() != currency.getDefaultFractionDigits()) {
                item.problemAt("scale", "a wallet takes the scale of " + currency + " ("
                        + currency.getDefaultFractionDigits() + "), but scale was " + scale.get());
                return Optional.empty();
            }
            return Optional.of(PointType.wallet(id, currency));
        } catch (IllegalArgumentException e) {
            item.problemAt("scale", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Money> money(Section item, BigDecimal value) {
        if (declared.currency.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Money(value, declared.currency.get()));
        } catch (IllegalArgumentException e) {
            item.problemAt("value", "value " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code never}, absent, or {@code { days: n }} / {@code { months: n, endOfMonth: b }}. */
    private static Optional<Expiry> expiry(Section item) {
        Optional<YamlNode> node = item.node("expiry", false);
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && "never".equals(s.text()))) {
            return Optional.empty();
        }
        Optional<Section> section = Section.of(node.get(), "expiry of " + item.what(), EXPIRY_KEYS, item.file(),
                item.problems());
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Section expiry = section.get();
        Optional<Integer> days = expiry.value("days", false, "a whole number", Values::integer);
        Optional<Integer> months = expiry.value("months", false, "a whole number", Values::integer);
        boolean endOfMonth = expiry.value("endOfMonth", false, "true or false", Values::bool).orElse(false);
        if (days.isPresent() == months.isPresent()) {
            expiry.problem(expiry.line(), "give either 'days' or 'months' (or write 'expiry: never')");
            return Optional.empty();
        }
        int amount = days.orElseGet(months::get);
        String key = days.isPresent() ? "days" : "months";
        if (amount <= 0) {
            expiry.problemAt(key, key + " must be > 0, but was " + amount);
            return Optional.empty();
        }
        return Optional.of(new Expiry(days.isPresent() ? Period.ofDays(amount) : Period.ofMonths(amount), endOfMonth));
    }
}
