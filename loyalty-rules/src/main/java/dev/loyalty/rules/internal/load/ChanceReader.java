package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.LotteryConfig;
import dev.loyalty.rules.program.PrizeConfig;
import dev.loyalty.rules.program.WheelConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the wheels and lotteries of the {@code games} section of {@code program.yaml}. */
final class ChanceReader {

    private static final List<String> WHEEL_KEYS = List.of("id", "name", "cost", "prizes");
    private static final List<String> LOTTERY_KEYS = List.of("id", "name", "inactiveDays", "segment", "winners", "prize");
    private static final List<String> PRIZE_KEYS = List.of("weight", "award", "reward");
    private static final List<String> POINTS_KEYS = List.of("pointType", "amount");

    private final Declared declared;
    private final Ids wheelIds = new Ids("wheel", Ids.LONG);
    private final Ids lotteryIds = new Ids("lottery", Ids.LONG);

    ChanceReader(Declared declared) {
        this.declared = declared;
    }

    List<WheelConfig> wheels(Section games) {
        return Items.read(games, "wheels", "wheel", WHEEL_KEYS, this::wheel);
    }

    List<LotteryConfig> lotteries(Section games) {
        return Items.read(games, "lotteries", "lottery", LOTTERY_KEYS, this::lottery);
    }

    private Optional<WheelConfig> wheel(Section item) {
        int before = item.problems().count();
        Optional<String> id = wheelIds.declare(item);
        Optional<String> name = item.text("name", true);
        Optional<Map.Entry<String, Long>> cost = item.section("cost", false, "cost of " + item.what(), POINTS_KEYS)
                .flatMap(this::points);
        List<PrizeConfig> prizes = Items.read(item, "prizes", "prize", PRIZE_KEYS, this::prize);
        if (!item.has("prizes") || item.list("prizes", false).map(List::isEmpty).orElse(true)) {
            item.problemAt("prizes", "a wheel needs at least one prize");
        }
        if (item.problems().count() > before || id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WheelConfig(id.get(), name.get(), cost.map(Map.Entry::getKey), cost.map(Map.Entry::getValue).orElse(0L),
                prizes));
    }

    private Optional<LotteryConfig> lottery(Section item) {
        int before = item.problems().count();
        Optional<String> id = lotteryIds.declare(item);
        Optional<String> name = item.text("name", true);
        int inactiveDays = item.value("inactiveDays", false, "a whole number >= 0", Values::integer).orElse(0);
        Optional<String> segment = item.text("segment", false);
        segment.ifPresent(s -> declared.references.add(item, item.line("segment"), declared.segments, s, "segment"));
        int winners = item.value("winners", true, "a whole number >= 1", Values::integer).orElse(1);
        if (inactiveDays < 0 || winners < 1) {
            item.problemAt(inactiveDays < 0 ? "inactiveDays" : "winners", "inactiveDays must be >= 0 and winners >= 1");
        }
        Optional<PrizeConfig> prize = item.section("prize", true, "prize of " + item.what(), PRIZE_KEYS).flatMap(this::prize);
        if (item.problems().count() > before || id.isEmpty() || name.isEmpty() || prize.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LotteryConfig(id.get(), name.get(), inactiveDays, segment, winners, prize.get()));
    }

    private Optional<PrizeConfig> prize(Section item) {
        int before = item.problems().count();
        int weight = item.value("weight", false, "a whole number >= 1", Values::integer).orElse(1);
        if (weight < 1) {
            item.problemAt("weight", "weight must be >= 1, but was " + weight);
        }
        Optional<Map.Entry<String, Long>> award = item.section("award", false, "award of " + item.what(), POINTS_KEYS)
                .flatMap(this::points);
        Optional<String> reward = item.text("reward", false);
        reward.ifPresent(r -> declared.references.add(item, item.line("reward"), declared.rewards, r, "reward"));
        if (item.problems().count() > before) {
            return Optional.empty();
        }
        return Optional.of(new PrizeConfig(weight, award.map(Map.Entry::getKey), award.map(Map.Entry::getValue).orElse(0L), reward));
    }

    /** {@code { pointType: points, amount: 20 }} as the point type and the amount in its smallest units (> 0). */
    private Optional<Map.Entry<String, Long>> points(Section points) {
        Optional<String> type = points.text("pointType", true);
        type.ifPresent(t -> declared.references.add(points, points.line("pointType"), declared.pointTypes, t, "pointType"));
        Optional<BigDecimal> amount = points.value("amount", true, "a number > 0", Values::decimal);
        if (type.isEmpty() || amount.isEmpty()) {
            return Optional.empty();
        }
        if (amount.get().signum() <= 0) {
            points.problemAt("amount", "amount must be > 0, but was " + amount.get().toPlainString());
            return Optional.empty();
        }
        int scale = declared.scale(type.get()).orElse(0);
        try {
            return Optional.of(Map.entry(type.get(), amount.get().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact()));
        } catch (ArithmeticException e) {
            points.problemAt("amount", "amount " + amount.get().toPlainString() + " has more decimals than the scale " + scale
                    + " of point type '" + type.get() + "'");
            return Optional.empty();
        }
    }
}
