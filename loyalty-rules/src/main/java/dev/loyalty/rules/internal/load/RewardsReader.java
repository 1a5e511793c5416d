package dev.loyalty.rules.internal.load;

import dev.loyalty.core.Money;
import dev.loyalty.rules.program.Audience;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.rules.program.RewardTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Reads the {@code rewards} list (the catalogue) of {@code program.yaml}. */
final class RewardsReader {

    private static final List<String> KEYS = Stream.concat(Stream.of("id", "name", "cost", "price", "kind", "percent",
            "value", "stock", "validFrom", "validUntil", "audience", "perMemberLimit"), RewardTermsReader.KEYS.stream()).toList();
    private static final List<String> COST_KEYS = List.of("pointType", "amount");

    private final Declared declared;
    private final Optional<ZoneId> zone;

    RewardsReader(Declared declared, Optional<ZoneId> zone) {
        this.declared = declared;
        this.zone = zone;
    }

    List<RewardConfig> read(Section root) {
        return Items.read(root, "rewards", "reward", KEYS, this::reward);
    }

    private Optional<RewardConfig> reward(Section item) {
        int before = item.problems().count();
        Optional<String> id = declared.rewards.declare(item);
        Optional<String> name = item.text("name", true);
        boolean paid = item.has("price");
        if (paid && item.has("cost")) {
            item.problemAt("price", "a reward has 'cost' (points) or 'price' (money), not both");
        } else if (!paid && !item.has("cost")) {
            item.problem(item.line(), "a reward needs 'cost' (points) or 'price' (money)");
        }
        Optional<Money> price = paid ? price(item) : Optional.empty();
        Optional<Section> cost = paid ? Optional.empty() : item.section("cost", false, "cost of " + item.what(), COST_KEYS);
        Optional<String> pointType = cost.flatMap(c -> c.text("pointType", true));
        pointType.ifPresent(t -> declared.references.add(cost.get(), cost.get().line("pointType"),
                declared.pointTypes, t, "pointType"));
        Optional<Long> units = paid ? price.map(p -> 0L) : cost.flatMap(c -> units(c, pointType));
        Optional<RewardConfig.Kind> kind = item.value("kind", true, "discount | coupon | product | service",
                t -> Values.constant(RewardConfig.Kind.class, t));
        OptionalInt percent = percent(item, kind);
        Optional<Money> value = value(item, kind);
        OptionalLong stock = atLeast(item, "stock", 0).map(OptionalLong::of).orElse(OptionalLong.empty());
        OptionalInt limit = atLeast(item, "perMemberLimit", 1).map(l -> OptionalInt.of(Math.toIntExact(l)))
                .orElse(OptionalInt.empty());
        Optional<Instant> from = instant(item, "validFrom");
        Optional<Instant> until = instant(item, "validUntil");
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            item.problemAt("validUntil", "validFrom must be before validUntil");
        }
        Audience audience = AudienceReader.read(item, declared);
        RewardTerms terms = RewardTermsReader.read(item, declared, zone, kind);
        if (item.problems().count() > before || id.isEmpty() || name.isEmpty() || kind.isEmpty() || units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RewardConfig(id.get(), name.get(), kind.get(), pointType.orElse(""), units.get(),
                percent, value, stock, from, until, audience, limit, terms, price));
    }

    /** The price of a reward bought with money: in the program currency, >= 0, at most the currency's decimals. */
    private Optional<Money> price(Section item) {
        Optional<BigDecimal> price = item.value("price", true, "a decimal number such as \"15.00\"", Values::decimal);
        if (price.isEmpty() || declared.currency.isEmpty()) {
            return Optional.empty();
        }
        if (price.get().signum() < 0) {
            item.problemAt("price", "price must be >= 0, but was " + price.get().toPlainString());
            return Optional.empty();
        }
        try {
            return Optional.of(new Money(price.get(), declared.currency.get()));
        } catch (IllegalArgumentException e) {
            Currency currency = declared.currency.get();
            item.problemAt("price", "price " + price.get().toPlainString() + " has more decimals than " + currency
                    + " (" + currency.getDefaultFractionDigits() + ")");
            return Optional.empty();
        }
    }

    /** The cost in units of the point type's scale (0 while the point type is unknown: reported elsewhere). */
    private Optional<Long> units(Section cost, Optional<String> pointType) {
        Optional<BigDecimal> amount = cost.value("amount", true, "a number", Values::decimal);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        if (amount.get().signum() < 0) {
            cost.problemAt("amount", "amount must be >= 0, but was " + amount.get().toPlainString());
            return Optional.empty();
        }
        int scale = pointType.flatMap(declared::scale).orElse(0);
        try {
            return Optional.of(amount.get().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            cost.problemAt("amount", "amount " + amount.get().toPlainString() + " has more decimals than the scale "
                    + scale + " of point type '" + pointType.orElse("") + "'");
            return Optional.empty();
        }
    }

    private static OptionalInt percent(Section item, Optional<RewardConfig.Kind> kind) {
        Optional<Integer> percent = item.value("percent", false, "a whole number", Values::integer);
        boolean discount = kind.filter(k -> k == RewardConfig.Kind.DISCOUNT).isPresent();
        if (discount && !item.has("percent")) {
            item.problem(item.line(), "a discount needs 'percent'");
        } else if (kind.isPresent() && !discount && item.has("percent")) {
            item.problemAt("percent", "'percent' is only for kind discount");
        } else if (percent.isPresent() && (percent.get() < 1 || percent.get() > 100)) {
            item.problemAt("percent", "percent must be 1 to 100, but was " + percent.get());
        }
        return percent.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private Optional<Money> value(Section item, Optional<RewardConfig.Kind> kind) {
        Optional<BigDecimal> value = item.value("value", false, "a decimal number such as \"5.00\"", Values::decimal);
        boolean coupon = kind.filter(k -> k == RewardConfig.Kind.COUPON).isPresent();
        if (coupon && !item.has("value")) {
            item.problem(item.line(), "a coupon needs 'value'");
        } else if (kind.isPresent() && !coupon && item.has("value")) {
            item.problemAt("value", "'value' is only for kind coupon");
        } else if (value.isPresent() && value.get().signum() <= 0) {
            item.problemAt("value", "value must be > 0, but was " + value.get().toPlainString());
        } else if (value.isPresent() && declared.currency.isPresent()) {
            try {
                return Optional.of(new Money(value.get(), declared.currency.get()));
            } catch (IllegalArgumentException e) {
                item.problemAt("value", "value " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> atLeast(Section item, String key, long min) {
        Optional<Long> value = item.value(key, false, "a whole number", Values::whole);
        if (value.isPresent() && value.get() < min) {
            item.problemAt(key, key + " must be >= " + min + ", but was " + value.get());
            return Optional.empty();
        }
        return value;
    }

    private Optional<Instant> instant(Section item, String key) {
        return item.value(key, false, CampaignsReader.DATE_TIME, Values::dateTime)
                .flatMap(dt -> zone.map(dt::in));
    }
}
