package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.LifecycleConfig;
import dev.loyalty.rules.program.RfmConfig;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rfm} and {@code lifecycle} sections of {@code program.yaml}. */
final class SegmentationReader {

    private static final Pattern RANGE = Pattern.compile("([1-5])(?:-([1-5]))?");

    private final Declared declared;

    SegmentationReader(Declared declared) {
        this.declared = declared;
    }

    Optional<RfmConfig> rfm(Section root) {
        return root.section("rfm", false, "rfm", List.of("window", "scoring", "bins", "segments")).flatMap(section -> {
            int before = section.problems().count();
            int months = months(section);
            RfmConfig.Scoring scoring = section.value("scoring", false, "quintiles | bins",
                    t -> Values.constant(RfmConfig.Scoring.class, t)).orElse(RfmConfig.Scoring.QUINTILES);
            Optional<RfmConfig.Bins> bins = section.section("bins", scoring == RfmConfig.Scoring.BINS, "rfm.bins",
                    List.of("recencyDays", "frequency", "monetary")).map(this::bins);
            List<RfmConfig.Segment> segments = Items.read(section, "segments", "rfm segment",
                    List.of("id", "recency", "frequency", "monetary"), this::segment);
            return section.problems().count() > before ? Optional.empty()
                    : Optional.of(new RfmConfig(months, scoring, bins, segments));
        });
    }

    private RfmConfig.Bins bins(Section bins) {
        int scale = declared.currency.map(c -> Math.max(0, c.getDefaultFractionDigits())).orElse(2);
        return new RfmConfig.Bins(four(bins, "recencyDays", t -> Values.whole(t)),
                four(bins, "frequency", t -> Values.whole(t)),
                four(bins, "monetary", t -> Values.decimal(t).filter(d -> d.scale() <= scale)
                        .map(d -> d.movePointRight(scale).longValueExact())));
    }

    private static List<Long> four(Section bins, String key, Function<String, Optional<Long>> convert) {
        List<Long> values = new ArrayList<>();
        for (YamlNode.Scalar scalar : Items.texts(bins, key)) {
            Optional<Long> value = convert.apply(String.valueOf(scalar.text()).trim()).filter(v -> v >= 0);
            if (value.isEmpty()) {
                bins.problem(scalar.line(), "'" + key + "' must hold numbers >= 0, but one was '" + scalar.text() + "'");
                return List.of();
            }
            values.add(value.get());
        }
        boolean ascending = true;
        for (int i = 1; i < values.size(); i++) {
            ascending &= values.get(i - 1) < values.get(i);
        }
        if (values.size() != 4 || !ascending) {
            bins.problemAt(key, "'" + key + "' must be 4 thresholds, ascending, but was " + values);
        }
        return values;
    }

    private Optional<RfmConfig.Segment> segment(Section item) {
        Optional<String> id = item.text("id", true);
        Optional<RfmConfig.Range> r = range(item, "recency");
        Optional<RfmConfig.Range> f = range(item, "frequency");
        Optional<RfmConfig.Range> m = range(item, "monetary");
        if (id.isEmpty() || r.isEmpty() || f.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        if (!Ids.LONG.matcher(id.get()).matches()) {
            item.problemAt("id", "rfm segment id must be 1 to 64 of [a-z0-9_.-], but was '" + id.get() + "'");
            return Optional.empty();
        }
        return Optional.of(new RfmConfig.Segment(id.get(), r.get(), f.get(), m.get()));
    }

    private static Optional<RfmConfig.Range> range(Section item, String key) {
        if (!item.has(key)) {
            return Optional.of(RfmConfig.Range.ANY);
        }
        return item.value(key, true, "a score 1 to 5 or a range such as 4-5", text -> {
            Matcher matcher = RANGE.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int min = Integer.parseInt(matcher.group(1));
            int max = matcher.group(2) == null ? min : Integer.parseInt(matcher.group(2));
            return min <= max ? Optional.of(new RfmConfig.Range(min, max)) : Optional.empty();
        });
    }

    Optional<LifecycleConfig> lifecycle(Section root) {
        return root.section("lifecycle", false, "lifecycle",
                List.of("window", "newDays", "loyalPurchases", "inactiveDays", "dissatisfied")).flatMap(section -> {
                    int before = section.problems().count();
                    int months = months(section);
                    int newDays = atLeast(section, "newDays", 0, 30);
                    int loyal = atLeast(section, "loyalPurchases", 1, 5);
                    List<Integer> inactive = new ArrayList<>();
                    for (YamlNode.Scalar scalar : Items.texts(section, "inactiveDays")) {
                        Values.integer(String.valueOf(scalar.text()).trim()).filter(d -> d >= 1)
                                .filter(d -> inactive.isEmpty() || d > inactive.get(inactive.size() - 1)).ifPresentOrElse(inactive::add,
                                        () -> section.problem(scalar.line(), "'inactiveDays' must be whole numbers >= 1, ascending, but one was '"
                                                + scalar.text() + "'"));
                    }
                    Optional<Section> unhappy = section.section("dissatisfied", false, "lifecycle.dissatisfied", List.of("refunds", "activities"));
                    int refunds = unhappy.map(s -> atLeast(s, "refunds", 1, 1)).orElse(1);
                    List<String> activities = unhappy.map(s -> Items.texts(s, "activities").stream().map(t -> String.valueOf(t.text())).toList())
                            .orElse(List.of());
                    return section.problems().count() > before ? Optional.empty()
                            : Optional.of(new LifecycleConfig(months, newDays, loyal, inactive.isEmpty() ? List.of(90, 180, 365) : inactive,
                                    refunds, activities));
                });
    }

    private static int months(Section section) {
        return section.value("window", false, "whole months such as P12M",
                t -> Values.period(t).filter(p -> p.getDays() == 0 && p.toTotalMonths() >= 1))
                .map(Period::toTotalMonths).map(Math::toIntExact).orElse(12);
    }

    private static int atLeast(Section section, String key, int min, int otherwise) {
        Optional<Integer> value = section.value(key, false, "a whole number >= " + min, Values::integer);
        if (value.isPresent() && value.get() < min) {
            section.problemAt(key, "'" + key + "' must be >= " + min + ", but was " + value.get());
        }
        return value.orElse(otherwise);
    }
}
