package dev.loyalty.core.tier;

import dev.loyalty.core.Money;
import java.time.Instant;
import java.time.Period;
import java.util.Currency;
import java.util.List;

/** The bronze / silver / gold ladder the tier tests share. */
final class Ladders {

    static final Currency EUR = Currency.getInstance("EUR");

    static final Tier BRONZE = Tier.entry("bronze", "Bronze", Benefits.NONE);
    /** 1,000 status points or 500.00 EUR spent in 12 months. */
    static final Tier SILVER = new Tier("silver", "Silver", 1,
            Qualification.any().withStatusPoints(1000).withSpend(Money.of("500.00", "EUR")),
            Benefits.NONE.withEarnMultiplier("1.25").withDiscountPercent(5));
    /** 5,000 status points in 12 months. */
    static final Tier GOLD = new Tier("gold", "Gold", 2, Qualification.all().withStatusPoints(5000),
            Benefits.NONE.withEarnMultiplier("2").withDiscountPercent(10).withPriorityService(true)
                    .withAccess("vip-events"));

    /** Grace of 3 months, re-evaluated every year. */
    static final TierLadder LADDER = new TierLadder(List.of(BRONZE, SILVER, GOLD), Period.ofMonths(3), Period.ofYears(1));

    static final TierMetrics NOTHING = TierMetrics.zero(EUR);

    private Ladders() {}

    static TierMetrics points(long statusPoints) {
        return NOTHING.withStatusPoints(statusPoints);
    }

    static TierMetrics spend(String amount) {
        return NOTHING.withSpend(Money.of(amount, "EUR"));
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
