package dev.loyalty.core.tier;

import dev.loyalty.core.Money;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The thresholds that reach and keep a tier (MISSION T2).
 *
 * <p>A threshold of 0 (or an empty spend) is not set and plays no part. In mode {@link Mode#ALL} every
 * set threshold must be met; in mode {@link Mode#ANY} one of them is enough. A qualification with no
 * threshold set, such as {@link #NONE} for the entry tier, is met by everyone. Status points, spend
 * and purchases are counted over the rolling {@code window}; tenure and profile completeness are taken
 * as they are at the instant of evaluation.
 *
 * <p>Build one fluently: {@code Qualification.any().withStatusPoints(1000).withSpend(Money.of("500.00",
 * "EUR"))} is "1,000 status points or 500.00 EUR spent in the last 12 months".
 *
 * @param mode whether all set thresholds must be met, or any one of them
 * @param statusPoints status points needed, in units of the status point type; 0 or more
 * @param spend money spend needed, more than zero when present
 * @param purchases purchases needed; 0 or more
 * @param tenureDays days of membership needed; 0 or more
 * @param profileCompleteness profile completeness needed, in percent; 0 to 100
 * @param window the rolling period over which points, spend and purchases are counted; more than zero
 */
public record Qualification(
        Mode mode,
        long statusPoints,
        Optional<Money> spend,
        int purchases,
        int tenureDays,
        int profileCompleteness,
        Period window) {

    /** How the set thresholds combine. */
    public enum Mode {
        /** Every set threshold must be met. */
        ALL,
        /** Meeting one set threshold is enough. */
        ANY
    }

    /** The window used unless another is given: 12 months. */
    public static final Period DEFAULT_WINDOW = Period.ofMonths(12);

    /** No thresholds: met by every member. The entry tier's qualification. */
    public static final Qualification NONE = new Qualification(Mode.ALL, 0, Optional.empty(), 0, 0, 0, DEFAULT_WINDOW);

    /** Validates the fields; messages name the field and the bad value. */
    public Qualification {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(window, "window");
        requireNotNegative("statusPoints", statusPoints);
        requireNotNegative("purchases", purchases);
        requireNotNegative("tenureDays", tenureDays);
        if (profileCompleteness < 0 || profileCompleteness > 100) {
            throw new IllegalArgumentException("profileCompleteness must be 0 to 100, but was " + profileCompleteness);
        }
        if (spend.isPresent() && spend.get().amount().signum() <= 0) {
            throw new IllegalArgumentException("spend must be > 0 when set, but was " + spend.get());
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be > 0, but was " + window);
        }
    }

    /** No thresholds yet, in mode {@link Mode#ALL}: add them with the withers. */
    public static Qualification all() {
        return NONE;
    }

    /** No thresholds yet, in mode {@link Mode#ANY}: add them with the withers. */
    public static Qualification any() {
        return NONE.withMode(Mode.ANY);
    }

    /** A copy in mode {@code value}. */
    public Qualification withMode(Mode value) {
        return new Qualification(value, statusPoints, spend, purchases, tenureDays, profileCompleteness, window);
    }

    /** A copy needing {@code value} status points (0: not set). */
    public Qualification withStatusPoints(long value) {
        return new Qualification(mode, value, spend, purchases, tenureDays, profileCompleteness, window);
    }

    /** A copy needing a spend of {@code value}. */
    public Qualification withSpend(Money value) {
        return new Qualification(mode, statusPoints, Optional.of(value), purchases, tenureDays, profileCompleteness,
                window);
    }

    /** A copy needing {@code value} purchases (0: not set). */
    public Qualification withPurchases(int value) {
        return new Qualification(mode, statusPoints, spend, value, tenureDays, profileCompleteness, window);
    }

    /** A copy needing {@code value} days of membership (0: not set). */
    public Qualification withTenureDays(int value) {
        return new Qualification(mode, statusPoints, spend, purchases, value, profileCompleteness, window);
    }

    /** A copy needing a profile completeness of {@code value} percent (0: not set). */
    public Qualification withProfileCompleteness(int value) {
        return new Qualification(mode, statusPoints, spend, purchases, tenureDays, value, window);
    }

    /** A copy counting over {@code value}. */
    public Qualification withWindow(Period value) {
        return new Qualification(mode, statusPoints, spend, purchases, tenureDays, profileCompleteness, value);
    }

    /** Whether any threshold is set. */
    public boolean hasThresholds() {
        return statusPoints > 0 || spend.isPresent() || purchases > 0 || tenureDays > 0 || profileCompleteness > 0;
    }

    /**
     * Whether {@code metrics} meet this qualification, as described on the class.
     *
     * @throws IllegalArgumentException if a spend threshold is set and the metrics' spend is in
     *     another currency
     */
    public boolean isMetBy(TierMetrics metrics) {
        List<Check> checks = checks(metrics);
        return (mode == Mode.ALL || checks.isEmpty())
                ? checks.stream().allMatch(Check::met)
                : checks.stream().anyMatch(Check::met);
    }

    /**
     * In plain words, why {@code metrics} meet this qualification or not: the thresholds met when it
     * is met (e.g. {@code "status points 1200 >= 1000"}), the thresholds missed when it is not (e.g.
     * {@code "status points 800 < 1000, spend 120.00 EUR < 500.00 EUR"}); {@code "no thresholds"}
     * when none is set.
     */
    public String explain(TierMetrics metrics) {
        List<Check> checks = checks(metrics);
        if (checks.isEmpty()) {
            return "no thresholds";
        }
        boolean met = isMetBy(metrics);
        return checks.stream().filter(c -> c.met() == met).map(Check::text).collect(Collectors.joining(", "));
    }

    /**
     * In plain words, what this qualification asks for, e.g. {@code "status points >= 1000 or spend >=
     * 500.00 EUR within P12M"}; {@code "no thresholds"} when none is set.
     */
    public String describe() {
        if (!hasThresholds()) {
            return "no thresholds";
        }
        List<String> parts = new ArrayList<>();
        addIfSet(parts, "status points", statusPoints);
        spend.ifPresent(s -> parts.add("spend >= " + s));
        addIfSet(parts, "purchases", purchases);
        addIfSet(parts, "tenure days", tenureDays);
        addIfSet(parts, "profile completeness", profileCompleteness);
        return String.join(mode == Mode.ALL ? " and " : " or ", parts) + " within " + window;
    }

    /** The set thresholds held against {@code metrics}, in field order. */
    List<Check> checks(TierMetrics metrics) {
        List<Check> checks = new ArrayList<>();
        if (statusPoints > 0) {
            checks.add(Check.of("status points", metrics.statusPoints(), statusPoints));
        }
        spend.ifPresent(s -> checks.add(Check.ofSpend(metrics.spend(), s)));
        if (purchases > 0) {
            checks.add(Check.of("purchases", metrics.purchases(), purchases));
        }
        if (tenureDays > 0) {
            checks.add(Check.of("tenure days", metrics.tenureDays(), tenureDays));
        }
        if (profileCompleteness > 0) {
            checks.add(Check.of("profile completeness", metrics.profileCompleteness(), profileCompleteness));
        }
        return checks;
    }

    private static void addIfSet(List<String> parts, String dimension, long threshold) {
        if (threshold > 0) {
            parts.add(dimension + " >= " + threshold);
        }
    }

    private static void requireNotNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, but was " + value);
        }
    }
}
