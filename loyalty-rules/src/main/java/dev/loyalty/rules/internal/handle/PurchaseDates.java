package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * When a member first and last bought, kept as counters of epoch seconds ({@link Member#FIRST_PURCHASE},
 * {@link Member#LAST_PURCHASE}) so that they persist with the member in any store: counters are
 * changed by deltas, so the delta is the new instant less the old one.
 */
final class PurchaseDates {

    private PurchaseDates() {}

    /** Records {@code purchase} in the counters: the first purchase once, the latest when it is later. */
    static void count(Work work, Purchase purchase, Map<String, Long> counters) {
        long at = purchase.getAt().getEpochSecond();
        if (!counters.containsKey(Member.FIRST_PURCHASE)) {
            work.count(Member.FIRST_PURCHASE, at);
        }
        long last = counters.getOrDefault(Member.LAST_PURCHASE, 0L);
        if (!counters.containsKey(Member.LAST_PURCHASE) || at > last) {
            work.count(Member.LAST_PURCHASE, at - last);
        }
    }

    /**
     * Whether {@code date} (in the member's zone) is an anniversary of the first purchase: same month and
     * day in a later year, 29 February falling on 28 February in other years.
     */
    static boolean isAnniversary(Map<String, Long> counters, dev.loyalty.core.member.Member profile, LocalDate date) {
        Long first = counters.get(Member.FIRST_PURCHASE);
        if (first == null) {
            return false;
        }
        LocalDate firstDate = profile.localDate(java.time.Instant.ofEpochSecond(first));
        return date.getYear() > firstDate.getYear() && MonthDay.from(firstDate).atYear(date.getYear()).equals(date);
    }
}
