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
        List<Line> eligible = lines.stream().filter(this::eligible).toList();
        BigDecimal spend = eligible.stream().map(Line::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (eligible.isEmpty() || spend.compareTo(minimum) < 0) {
            return List.of();
        }
        List<Credit> credits = new ArrayList<>();
        rates.forEach((pointType, typeRates) -> credit(pointType, typeRates, eligible, toUnits).ifPresent(credits::add));
        return credits;
    }

    private Optional<Credit> credit(String pointType, List<Rate> typeRates, List<Line> eligible,
            ToLongBiFunction<String, BigDecimal> toUnits) {
        Set<Collector.Source> sources = new LinkedHashSet<>();
        BigDecimal rate = BigDecimal.ZERO;
        for (Rate each : typeRates) {
            rate = rate.add(each.rate());
            sources.add(each.source());
        }
        List<Multiplier> typeMultipliers = multipliers.getOrDefault(pointType, List.of());
        BigDecimal amount = BigDecimal.ZERO;
        for (Line line : eligible) {
            BigDecimal lineAmount = line.getTotal().multiply(rate);
            for (Multiplier multiplier : typeMultipliers) {
                if (multiplier.perLine() && multiplier.lines().test(line)) {
                    lineAmount = lineAmount.multiply(multiplier.factor());
                    sources.add(multiplier.source());
                }
            }
            amount = amount.add(lineAmount);
        }
        for (Multiplier multiplier : typeMultipliers) {
            if (!multiplier.perLine()) {
                amount = amount.multiply(multiplier.factor());
                sources.add(multiplier.source());
            }
        }
        long units = Numbers.units(toUnits, pointType, amount, typeRates.get(0).source().rule());
        Cap cap = caps.get(pointType);
        if (cap != null && units > cap.max()) {
            units = cap.max();
            sources.add(cap.source());
        }
        if (units <= 0) {
            return Optional.empty();
        }
        List<String> rules = sources.stream().map(Collector.Source::rule).distinct().toList();
        List<String> campaigns = sources.stream().flatMap(source -> source.campaign().stream()).distinct().toList();
        return Optional.of(new Credit(pointType, units, rules, campaigns, true, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()));
    }

    /** Whether {@code line} can earn: not delivery (unless included), not excluded. */
    boolean eligible(Line line) {
        if (line.isDelivery() && !includeDelivery) {
            return false;
        }
        return exclusions.stream().noneMatch(exclusion -> exclusion.test(line));
    }
}
