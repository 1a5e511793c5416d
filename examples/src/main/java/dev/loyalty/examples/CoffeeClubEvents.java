package dev.loyalty.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a year of the coffee-shop club as a JSON Lines event file ({@code docs/events.md}), the same
 * file for the same seed and size, byte for byte.
 *
 * <p>From 1 January 2026, customers ({@code c00001}, ...) enroll over the first half of the year, each
 * with a birthday and a habit: how often a week they come by (0.2 to 2 visits). A visit is a purchase
 * between 07:00 and 19:00 in Berlin of one to three lines from a small catalogue (drinks, cake, cups,
 * beans; now and then a grinder, a machine or a gift card, and an online order with delivery). About
 * 2 % of orders are refunded within two weeks, a fifth of those in part. A customer whose spend since
 * the last redemption passes 600 euros asks for 500 points' worth of discount now and then: every odd
 * redemption ({@code x00001}, {@code x00003}, ...) takes {@code twenty-off} at once, every even one the
 * {@code twenty-off-code} reward, a discount code. Every 20th customer ({@code c00020}, {@code c00040}, ...)
 * stays away for {@value #AWAY_DAYS} days from the {@value #AWAY_AFTER_DAYS}th day after joining, long
 * enough for the win-back campaign. On the first of every month at midnight (UTC) an {@code advance} line
 * runs expiry, tier reviews and win-backs. The file is cut at exactly {@code lines} lines, in time order.
 *
 * <p>Run it: {@code CoffeeClubEvents OUT.jsonl [LINES [CUSTOMERS [SEED]]]}; the defaults are the README's:
 * 100,000 lines, 2,500 customers, seed 20261201.
 */
public final class CoffeeClubEvents {

    /** The README's file: 100,000 lines. */
    public static final int LINES = 100_000;
    /** The README's customers. */
    public static final int CUSTOMERS = 2_500;
    /** The README's seed. */
    public static final long SEED = 20261201L;

    /** Days after joining that every 20th customer stops coming by. */
    public static final int AWAY_AFTER_DAYS = 60;
    /** Days every 20th customer stays away. */
    public static final int AWAY_DAYS = 200;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final double[] VISITS_PER_WEEK = {0.2, 0.5, 0.7, 1, 1.5, 2};

    private record Product(String sku, String category, String price, int weight) {}

    private static final List<Product> CATALOGUE = List.of(
            new Product("ESPRESSO", "drinks", "2.40", 30), new Product("CAPPUCCINO", "drinks", "3.20", 40),
            new Product("CAKE", "food", "3.80", 20), new Product("CUP", "cups", "5.00", 6),
            new Product("BEANS-250G", "beans", "6.50", 15), new Product("BEANS-1KG", "beans", "19.90", 12),
            new Product("GIFT-CARD", "gift-cards", "25.00", 2), new Product("GRINDER", "machines", "89.00", 1),
            new Product("MACHINE", "machines", "449.00", 1));
    private static final int WEIGHTS = CATALOGUE.stream().mapToInt(Product::weight).sum();

    private record Customer(String id, int number, double visitsPerDay, LocalDate joins) {

        /** Whether this customer is one of every 20th, away on {@code day}. */
        boolean away(LocalDate day) {
            LocalDate from = joins.plusDays(AWAY_AFTER_DAYS);
            return number % 20 == 0 && !day.isBefore(from) && day.isBefore(from.plusDays(AWAY_DAYS));
        }
    }

    private record Line(Instant at, String json) {}

    private final SplittableRandom random;
    private final int customers;
    private final Map<LocalDate, List<Line>> later = new HashMap<>();
    private final Map<String, BigDecimal> spendSinceRedeem = new HashMap<>();
    private int orders;
    private int refunds;
    private int redemptions;

    private CoffeeClubEvents(int customers, long seed) {
        this.customers = customers;
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code lines} lines for {@code customers} customers, drawn from {@code seed}, to {@code file}. */
    public static void write(Path file, int lines, int customers, long seed) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(out, lines, customers, seed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code lines} lines for {@code customers} customers, drawn from {@code seed}, to {@code out}. */
    public static void write(Writer out, int lines, int customers, long seed) throws IOException {
        new CoffeeClubEvents(customers, seed).generate(out, lines);
    }

    /** {@code CoffeeClubEvents OUT.jsonl [LINES [CUSTOMERS [SEED]]]}. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 4) {
            throw new IllegalArgumentException("usage: CoffeeClubEvents OUT.jsonl [LINES [CUSTOMERS [SEED]]]");
        }
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : LINES,
                args.length > 2 ? Integer.parseInt(args[2]) : CUSTOMERS, args.length > 3 ? Long.parseLong(args[3]) : SEED);
    }

    private void generate(Writer out, int lines) throws IOException {
        List<Customer> all = new ArrayList<>();
        for (int i = 1; i <= customers; i++) {
            double perWeek = VISITS_PER_WEEK[random.nextInt(VISITS_PER_WEEK.length)];
            all.add(new Customer(String.format(Locale.ROOT, "c%05d", i), i, perWeek / 7, START.plusDays(random.nextInt(181))));
        }
        int written = 0;
        for (LocalDate day = START; written < lines; day = day.plusDays(1)) {
            List<Line> today = new ArrayList<>(later.getOrDefault(day, List.of()));
            later.remove(day);
            if (day.getDayOfMonth() == 1 && !day.equals(START)) {
                today.add(new Line(day.atStartOfDay(ZoneId.of("UTC")).toInstant(), "{\"type\":\"advance\",\"at\":\""
                        + day.atStartOfDay(ZoneId.of("UTC")).toInstant() + "\"}"));
            }
            for (Customer customer : all) {
                if (customer.joins().equals(day)) {
                    today.add(enroll(customer, day));
                } else if (customer.joins().isBefore(day) && !customer.away(day) && random.nextDouble() < customer.visitsPerDay()) {
                    today.add(purchase(customer, day));
                }
            }
            today.sort(Comparator.comparing(Line::at).thenComparing(Line::json));
            for (Line line : today) {
                if (written == lines) {
                    break;
                }
                out.write(line.json());
                out.write('\n');
                written++;
            }
        }
    }

    private Instant during(LocalDate day, int fromHour, int hours) {
        return day.atTime(LocalTime.of(fromHour, 0)).plusSeconds(random.nextInt(hours * 3600)).atZone(BERLIN).toInstant();
    }

    private Line enroll(Customer customer, LocalDate day) {
        Instant at = during(day, 7, 12);
        LocalDate birthday = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365));
        return new Line(at, "{\"type\":\"enroll\",\"member\":\"" + customer.id() + "\",\"at\":\"" + at + "\",\"name\":\"Customer "
                + customer.id().substring(1) + "\",\"birthday\":\"" + birthday + "\"}");
    }

    private Line purchase(Customer customer, LocalDate day) {
        Instant at = during(day, 7, 12);
        String id = String.format(Locale.ROOT, "o%06d", ++orders);
        StringBuilder json = new StringBuilder("{\"type\":\"purchase\",\"id\":\"").append(id).append("\",\"member\":\"")
                .append(customer.id()).append("\",\"at\":\"").append(at).append("\",\"currency\":\"EUR\",\"lines\":[");
        BigDecimal total = BigDecimal.ZERO;
        int count = 1 + random.nextInt(3);
        Product first = null;
        for (int i = 0; i < count; i++) {
            Product product = pick();
            first = first == null ? product : first;
            int quantity = product.category().equals("drinks") || product.category().equals("food") ? 1 + random.nextInt(2) : 1;
            total = total.add(new BigDecimal(product.price()).multiply(BigDecimal.valueOf(quantity)));
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(product.sku()).append("\",\"category\":\"")
                    .append(product.category()).append("\",\"quantity\":").append(quantity).append(",\"unitPrice\":\"")
                    .append(product.price()).append("\"}");
        }
        json.append(']');
        if (random.nextInt(10) == 0) {
            json.append(",\"delivery\":\"4.95\"");
        }
        json.append('}');
        if (random.nextInt(50) == 0) {
            refundLater(customer, id, day, first);
        }
        BigDecimal spend = spendSinceRedeem.merge(customer.id(), total, BigDecimal::add);
        if (spend.compareTo(new BigDecimal("600")) >= 0 && random.nextInt(3) == 0) {
            spendSinceRedeem.put(customer.id(), BigDecimal.ZERO);
            redeemLater(customer, day.plusDays(1 + random.nextInt(7)));
        }
        return new Line(at, json.toString());
    }

    private Product pick() {
        int draw = random.nextInt(WEIGHTS);
        for (Product product : CATALOGUE) {
            draw -= product.weight();
            if (draw < 0) {
                return product;
            }
        }
        throw new IllegalStateException("weights add up to " + WEIGHTS);
    }

    private void refundLater(Customer customer, String purchase, LocalDate day, Product first) {
        LocalDate when = day.plusDays(1 + random.nextInt(14));
        Instant at = during(when, 9, 8);
        String partial = random.nextInt(5) == 0 ? ",\"amount\":\"" + first.price() + "\"" : "";
        later.computeIfAbsent(when, d -> new ArrayList<>()).add(new Line(at, "{\"type\":\"refund\",\"id\":\""
                + String.format(Locale.ROOT, "r%05d", ++refunds) + "\",\"member\":\"" + customer.id() + "\",\"at\":\"" + at
                + "\",\"purchase\":\"" + purchase + "\"" + partial + "}"));
    }

    private void redeemLater(Customer customer, LocalDate when) {
        Instant at = during(when, 7, 12);
        String reward = ++redemptions % 2 == 1 ? "twenty-off" : "twenty-off-code";
        later.computeIfAbsent(when, d -> new ArrayList<>()).add(new Line(at, "{\"type\":\"redeem\",\"id\":\""
                + String.format(Locale.ROOT, "x%05d", redemptions) + "\",\"member\":\"" + customer.id() + "\",\"at\":\"" + at
                + "\",\"reward\":\"" + reward + "\"}"));
    }
}
