package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counters per calendar month (in the program's time zone), which RFM scores and lifecycle segments are
 * computed from: {@code month.2026-11.purchases}, {@code month.2026-11.spend} (in the currency's minor
 * units), {@code month.2026-11.refunds} and {@code month.2026-11.activity.<kind>}. Counted only by
 * programs that have {@code rfm} or {@code lifecycle}.
 */
public final class Months {

    private Months() {}

    /** The counter of {@code what} in {@code month}, e.g. {@code month.2026-11.purchases}. */
    public static String counter(YearMonth month, String what) {
        return "month." + month + "." + what;
    }

    /** The last {@code months} calendar months at {@code at} in {@code zone}, the current one first. */
    static List<YearMonth> window(Instant at, ZoneId zone, int months) {
        YearMonth now = YearMonth.from(at.atZone(zone));
        List<YearMonth> window = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            window.add(now.minusMonths(i));
        }
        return window;
    }

    /** The sum of counter {@code what} over {@code window}. */
    static long sum(MemberState state, List<YearMonth> window, String what) {
        long sum = 0;
        for (YearMonth month : window) {
            sum = Math.addExact(sum, state.counter(counter(month, what)));
        }
        return sum;
    }

    /** {@code change} with the event counted in its month, if the program segments members. */
    static MemberChange count(CompiledProgram program, Event event, MemberChange change) {
        if (program.engagement().rfm().isEmpty() && program.engagement().lifecycle().isEmpty()) {
            return change;
        }
        YearMonth month = YearMonth.from(event.getAt().atZone(program.zone()));
        Map<String, Long> deltas = new TreeMap<>();
        if (event instanceof Purchase purchase) {
            deltas.put(counter(month, "purchases"), 1L);
            int digits = Math.max(0, program.currency().getDefaultFractionDigits());
            deltas.put(counter(month, "spend"), purchase.getTotal().setScale(digits).unscaledValue().longValueExact());
        } else if (event instanceof Refund) {
            deltas.put(counter(month, "refunds"), 1L);
        } else if (event instanceof Activity activity) {
            deltas.put(counter(month, "activity." + activity.getKind()), 1L);
        }
        return deltas.isEmpty() ? change : change.withCounters(deltas, Optional.empty());
    }
}
