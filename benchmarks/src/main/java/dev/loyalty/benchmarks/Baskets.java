package dev.loyalty.benchmarks;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Today;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Prebuilt purchases for {@link BenchProgram}, the same for every run (seeded): baskets of 1 to 6 lines
 * from a small shop (beans, mugs, gift cards, deposits, marketplace milk, machines, delivery) by bronze,
 * silver and gold members, some first purchases and birthdays, on days inside and outside the campaigns.
 */
public final class Baskets {

    /** The program's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final List<Line> CATALOGUE = List.of(
            Line.of("BEANS-1KG", "beans", 2, "14.90"),
            Line.of("BEANS-250G", "beans", 1, "5.90").withLabel("origin", "organic"),
            Line.of("MUG-ACME", "merch", 1, "9.99").withLabel("brand", "acme"),
            Line.of("MUG", "merch", 1, "7.50"),
            Line.of("GIFT-25", "gift-cards", 1, "25.00"),
            Line.of("BOTTLE-DEPOSIT", "deposit", 6, "0.25"),
            Line.of("MILK", "dairy", 2, "1.19").withLabel("seller", "marketplace"),
            Line.of("CHOC", "snacks", 3, "2.49").withLabel("origin", "organic"),
            Line.of("ESPRESSO-3000", "machines", 1, "399.00"),
            Line.of("GRINDER", "machines", 1, "89.00"),
            Line.delivery("4.95"));

    private static final Campaign DOUBLE_WEEK = campaign("double-week", "Double points week", 10,
            "2027-03-01T00:00", "2027-03-08T00:00");
    private static final Campaign MACHINES_MONTH = campaign("machines-month", "Machines month", 5,
            "2027-03-01T00:00", "2027-04-01T00:00");

    /** Shopping days: in both campaigns (a Tuesday, a Saturday), in the machines month only, in none (a Saturday). */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 6),
            LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 10));

    private Baskets() {}

    /** {@code count} fact sets, from {@code seed}. */
    public static List<FactSet> factSets(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FactSet> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(factSet(i, random));
        }
        return sets;
    }

    /** {@code count} baskets (lists of lines) from {@code seed}. */
    public static List<List<Line>> baskets(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Line>> baskets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            baskets.add(lines(random));
        }
        return baskets;
    }

    /** A purchase of {@code lines}. */
    public static Purchase purchase(String id, MemberId member, Instant at, List<Line> lines) {
        Purchase purchase = Purchase.of(id, member, at, "EUR");
        for (Line line : lines) {
            purchase = purchase.withLine(line);
        }
        return purchase;
    }

    private static FactSet factSet(int i, SplittableRandom random) {
        String tier = List.of("bronze", "bronze", "silver", "gold").get(random.nextInt(4));
        BigDecimal multiplier = switch (tier) {
            case "silver" -> new BigDecimal("1.5");
            case "gold" -> new BigDecimal("2");
            default -> BigDecimal.ONE;
        };
        long purchases = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(50);
        Member member = Member.builder("m-" + i).name("Member " + i).tier(tier).earnMultiplier(multiplier)
                .tenureDays(random.nextInt(1000)).counters(Map.of("purchases", purchases))
                .balances(Map.of("points", (long) random.nextInt(5000), "status", (long) random.nextInt(4000))).build();
        LocalDate day = DAYS.get(random.nextInt(DAYS.size()));
        Today today = new Today(day, random.nextInt(20) == 0, false);
        Instant at = day.atTime(10, 30).atZone(ZONE).toInstant();
        Purchase purchase = purchase("order-" + i, MemberId.of("m-" + i), at, lines(random));
        List<Campaign> campaigns = new ArrayList<>();
        for (Campaign campaign : List.of(DOUBLE_WEEK, MACHINES_MONTH)) {
            if (!at.isBefore(campaign.getStart()) && at.isBefore(campaign.getEnd())) {
                campaigns.add(campaign);
            }
        }
        return FactSet.of(member, purchase, today, campaigns);
    }

    private static List<Line> lines(SplittableRandom random) {
        int count = 1 + random.nextInt(6);
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            Line line = CATALOGUE.get(random.nextInt(CATALOGUE.size() - 1));
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        if (random.nextInt(3) == 0) {
            lines.add(CATALOGUE.get(CATALOGUE.size() - 1));
        }
        return lines;
    }

    private static Campaign campaign(String id, String name, int priority, String start, String end) {
        return new Campaign(id, name, priority, false, LocalDateTime.parse(start).atZone(ZONE).toInstant(),
                LocalDateTime.parse(end).atZone(ZONE).toInstant());
    }
}
