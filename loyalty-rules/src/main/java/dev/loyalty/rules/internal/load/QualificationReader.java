package dev.loyalty.rules.internal.load;

import dev.loyalty.core.Money;
import dev.loyalty.core.tier.Qualification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Reads a tier's {@code qualify} mapping. */
final class QualificationReader {

    private static final List<String> KEYS =
            List.of("statusPoints", "spend", "purchases", "tenureDays", "profileCompleteness", "mode");

    private final Declared declared;
    private Optional<String> statusType = Optional.empty();

    QualificationReader(Declared declared) {
        this.declared = declared;
    }

    void statusType(Optional<String> id) {
        statusType = id;
    }

    Optional<Qualification> read(YamlNode node, Section tier, Period window) {
        Optional<Section> found = Section.of(node, "qualify of " + tier.what(), KEYS, tier.file(), tier.problems());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Section q = found.get();
        int before = q.problems().count();
        Qualification.Mode mode = q.value("mode", false, "all | any", t -> Values.constant(Qualification.Mode.class, t))
                .orElse(Qualification.Mode.ALL);
        long statusPoints = q.value("statusPoints", false, "a number", Values::decimal)
                .flatMap(points -> statusUnits(q, points)).orElse(0L);
        Optional<Money> spend = q.value("spend", false, "a decimal number such as \"500.00\"", Values::decimal)
                .flatMap(amount -> spend(q, amount));
        int purchases = notNegative(q, "purchases");
        int tenureDays = notNegative(q, "tenureDays");
        int profile = notNegative(q, "profileCompleteness");
        if (q.problems().count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Qualification(mode, statusPoints, spend, purchases, tenureDays, profile, window));
        } catch (IllegalArgumentException e) {
            q.problem(q.line(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Status points in units of the status point type (its scale; 0 when not known). */
    private Optional<Long> statusUnits(Section q, BigDecimal points) {
        if (points.signum() < 0) {
            q.problemAt("statusPoints", "statusPoints must be >= 0, but was " + points.toPlainString());
            return Optional.empty();
        }
        int scale = statusType.flatMap(declared::scale).orElse(0);
        try {
            return Optional.of(points.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            q.problemAt("statusPoints", "statusPoints " + points.toPlainString() + " has more decimals than the scale "
                    + scale + " of the status point type");
            return Optional.empty();
        }
    }

    private Optional<Money> spend(Section q, BigDecimal amount) {
        if (amount.signum() <= 0) {
            q.problemAt("spend", "spend must be > 0, but was " + amount.toPlainString());
            return Optional.empty();
        }
        try {
            return declared.currency.map(currency -> new Money(amount, currency));
        } catch (IllegalArgumentException e) {
            q.problemAt("spend", "spend " + e.getMessage());
            return Optional.empty();
        }
    }

    private static int notNegative(Section q, String key) {
        int value = q.value(key, false, "a whole number", Values::integer).orElse(0);
        if (value < 0) {
            q.problemAt(key, key + " must be >= 0, but was " + value);
            return 0;
        }
        return value;
    }
}
