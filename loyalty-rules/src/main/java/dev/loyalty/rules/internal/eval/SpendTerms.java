package dev.loyalty.rules.internal.eval;

import dev.loyalty.rules.facts.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongBiFunction;

/**
 * The terms on which a purchase earns on spend, as rules set them, and the arithmetic that turns them
 * into credits (see {@link dev.loyalty.rules.facts.Decisions}).
 */
final class SpendTerms {

    private record Rate(BigDecimal rate, Collector.Source source) {}

    private record Multiplier(Predicate<Line> lines, boolean perLine, BigDecimal factor, Collector.Source source) {}

    private record Cap(long max, Collector.Source source) {}

    private final Map<String, List<Rate>> rates = new LinkedHashMap<>();
    private final Map<String, List<Multiplier>> multipliers = new LinkedHashMap<>();
    private final Map<String, Cap> caps = new LinkedHashMap<>();
    private final List<Predicate<Line>> exclusions = new ArrayList<>();
    private boolean includeDelivery;
    private BigDecimal minimum = BigDecimal.ZERO;

    void rate(String pointType, BigDecimal rate, Collector.Source source) {
        rates.computeIfAbsent(pointType, type -> new ArrayList<>()).add(new Rate(rate, source));
    }

    void multiply(String pointType, Predicate<Line> lines, boolean perLine, BigDecimal factor, Collector.Source source) {
        multipliers.computeIfAbsent(pointType, type -> new ArrayList<>()).add(new Multiplier(lines, perLine, factor, source));
    }

    void cap(String pointType, long max, Collector.Source source) {
        Cap current = caps.get(pointType);
        if (current == null || max < current.max()) {
            caps.put(pointType, new Cap(max, source));
        }
    }

    void exclude(Predicate<Line> lines) {
        exclusions.add(lines);
    }

    void includeDelivery() {
        includeDelivery = true;
    }

    void minimum(BigDecimal amount) {
        minimum = minimum.max(amount);
    }

    /**
     * What {@code lines} earn on spend, one credit per point type with a rate, in the order the rates
     * were set; {@code toUnits} rounds a decimal amount of a point type to its smallest units.
     */
    List<Credit> credits(List<Line> lines, ToLongBiFunction<String, BigDecimal> toUnits) {
        List<Line> eligible = eligible(lines);
        BigDecimal spend = BigDecimal.ZERO;
        for (Line line : eligible) {
            spend = spend.add(line.getTotal());
        }
        if (eligible.isEmpty() || spend.compareTo(minimum) < 0) {
            return List.of();
        }
        List<Credit> credits = new ArrayList<>(rates.size());
        for (Map.Entry<String, List<Rate>> typeRates : rates.entrySet()) {
            credit(typeRates.getKey(), typeRates.getValue(), eligible, toUnits).ifPresent(credits::add);
        }
        return credits;
    }

    private Optional<Credit> credit(String pointType, List<Rate> typeRates, List<Line> eligible,
            ToLongBiFunction<String, BigDecimal> toUnits) {
        List<Collector.Source> sources = new ArrayList<>();
        BigDecimal rate = BigDecimal.ZERO;
        for (Rate each : typeRates) {
            rate = rate.add(each.rate());
            add(sources, each.source());
        }
        List<Multiplier> typeMultipliers = multipliers.getOrDefault(pointType, List.of());
        BigDecimal amount = BigDecimal.ZERO;
        for (Line line : eligible) {
            BigDecimal lineAmount = line.getTotal().multiply(rate);
            for (Multiplier multiplier : typeMultipliers) {
                if (multiplier.perLine() && multiplier.lines().test(line)) {
                    lineAmount = lineAmount.multiply(multiplier.factor());
                    add(sources, multiplier.source());
                }
            }
            amount = amount.add(lineAmount);
        }
        for (Multiplier multiplier : typeMultipliers) {
            if (!multiplier.perLine()) {
                amount = amount.multiply(multiplier.factor());
                add(sources, multiplier.source());
            }
        }
        long units = Numbers.units(toUnits, pointType, amount, typeRates.get(0).source().rule());
        Cap cap = caps.get(pointType);
        if (cap != null && units > cap.max()) {
            units = cap.max();
            add(sources, cap.source());
        }
        if (units <= 0) {
            return Optional.empty();
        }
        Set<String> rules = new LinkedHashSet<>();
        Set<String> campaigns = new LinkedHashSet<>();
        for (Collector.Source source : sources) {
            rules.add(source.rule());
            source.campaign().ifPresent(campaigns::add);
        }
        return Optional.of(new Credit(pointType, units, List.copyOf(rules), List.copyOf(campaigns), true, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()));
    }

    /** Adds {@code source} to {@code sources} unless it is there: a few, so a list beats a set. */
    private static void add(List<Collector.Source> sources, Collector.Source source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }

    /** The lines of {@code lines} that can earn, in order. */
    List<Line> eligible(List<Line> lines) {
        List<Line> eligible = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (eligible(line)) {
                eligible.add(line);
            }
        }
        return eligible;
    }

    /** Whether {@code line} can earn: not delivery (unless included), not excluded. */
    boolean eligible(Line line) {
        if (line.isDelivery() && !includeDelivery) {
            return false;
        }
        for (Predicate<Line> exclusion : exclusions) {
            if (exclusion.test(line)) {
                return false;
            }
        }
        return true;
    }
}
