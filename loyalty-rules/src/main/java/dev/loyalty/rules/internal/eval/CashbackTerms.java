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
 * Cashback as rules decide it: percentages of product lines paid back into a point type (a wallet).
 * Per line, the percentages of every cashback decision that matches it are added; the lines' cashback is
 * summed exactly and rounded once, to the type's scale by the program's rounding mode.
 */
final class CashbackTerms {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Share(Predicate<Line> lines, BigDecimal percent, Collector.Source source) {}

    private final Map<String, List<Share>> shares = new LinkedHashMap<>();

    void add(String pointType, Predicate<Line> lines, BigDecimal percent, Collector.Source source) {
        shares.computeIfAbsent(pointType, type -> new ArrayList<>()).add(new Share(lines, percent, source));
    }

    /** What {@code eligible} lines pay back, one credit per point type, in the order the types were first named. */
    List<Credit> credits(List<Line> eligible, ToLongBiFunction<String, BigDecimal> toUnits) {
        List<Credit> credits = new ArrayList<>();
        shares.forEach((pointType, typeShares) -> credit(pointType, typeShares, eligible, toUnits).ifPresent(credits::add));
        return credits;
    }

    private static Optional<Credit> credit(String pointType, List<Share> typeShares, List<Line> eligible,
            ToLongBiFunction<String, BigDecimal> toUnits) {
        BigDecimal amount = BigDecimal.ZERO;
        Set<Collector.Source> sources = new LinkedHashSet<>();
        for (Line line : eligible) {
            for (Share share : typeShares) {
                if (share.lines().test(line)) {
                    amount = amount.add(line.getTotal().multiply(share.percent()));
                    sources.add(share.source());
                }
            }
        }
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        long units = Numbers.units(toUnits, pointType, amount.divide(HUNDRED), typeShares.get(0).source().rule());
        if (units <= 0) {
            return Optional.empty();
        }
        List<String> rules = sources.stream().map(Collector.Source::rule).distinct().toList();
        List<String> campaigns = sources.stream().flatMap(source -> source.campaign().stream()).distinct().toList();
        return Optional.of(new Credit(pointType, units, rules, campaigns, true, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty()));
    }
}
