package dev.loyalty.rules.internal.eval;

import dev.loyalty.rules.RuleException;
import dev.loyalty.rules.program.UnknownIdException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongBiFunction;

/** Checks of the numbers rules pass to {@code Decisions}; a bad one fails the rule that passed it. */
final class Numbers {

    /**
     * Decimals parsed before, by their text: rules pass the same literals ({@code "1.5"}) for every
     * event. Bounded, since a rule may also pass text it builds.
     */
    private static final Map<String, BigDecimal> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 1_024;

    private Numbers() {}

    static BigDecimal parse(String what, String text, String rule) {
        BigDecimal known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        try {
            BigDecimal parsed = new BigDecimal(text.trim());
            if (PARSED.size() < MAX_PARSED) {
                PARSED.put(text, parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new RuleException(rule, what + " must be a decimal number such as \"1.5\", but was \"" + text + "\"");
        }
    }

    static BigDecimal notNegative(String what, BigDecimal value, String rule) {
        if (value.signum() < 0) {
            throw new RuleException(rule, what + " must be >= 0, but was " + value.toPlainString());
        }
        return value;
    }

    static int positiveDays(String what, int days, String rule) {
        if (days <= 0) {
            throw new RuleException(rule, what + " must be > 0, but was " + days);
        }
        return days;
    }

    /** {@code amount} of {@code pointType} in its smallest units; an unknown point type fails {@code rule}. */
    static long units(ToLongBiFunction<String, BigDecimal> toUnits, String pointType, BigDecimal amount, String rule) {
        try {
            return toUnits.applyAsLong(pointType, amount);
        } catch (UnknownIdException e) {
            throw new RuleException(rule, e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new RuleException(rule, amount.toPlainString() + " " + pointType + " is too large: " + e.getMessage(), e);
        }
    }
}
