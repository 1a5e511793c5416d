package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.MessageTemplate;
import dev.loyalty.rules.program.Triggers;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code notifications.triggers}; every template named must be declared under {@code templates}. */
final class TriggersReader {

    private static final List<String> KEYS = List.of("welcome", "tierChange", "rewardIssued", "birthday", "winBack",
            "requalification", "pointsExpiring", "postPurchase", "replenishment", "survey");
    private static final Set<Integer> SURVEY_MONTHS = Set.of(1, 2, 3, 4, 6, 12);

    private final Map<String, MessageTemplate> templates;

    TriggersReader(Map<String, MessageTemplate> templates) {
        this.templates = templates;
    }

    Triggers read(Section notifications) {
        Optional<Section> found = notifications.section("triggers", false, "notifications.triggers", KEYS);
        if (found.isEmpty()) {
            return Triggers.NONE;
        }
        Section s = found.get();
        return new Triggers(simple(s, "welcome"), simple(s, "tierChange"), simple(s, "rewardIssued"), simple(s, "birthday"),
                simple(s, "winBack"), simple(s, "requalification"), expiring(s), postPurchase(s), replenishment(s), survey(s));
    }

    private Optional<String> simple(Section triggers, String key) {
        return triggers.text(key, false).flatMap(id -> known(triggers, key, id));
    }

    private Optional<String> known(Section section, String key, String id) {
        if (!templates.containsKey(id)) {
            section.problemAt(key, "'" + key + "' names unknown template '" + id + "' (known templates: "
                    + (templates.isEmpty() ? "none" : String.join(", ", templates.keySet())) + ")");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private Optional<Section> nested(Section triggers, String key, List<String> keys) {
        return triggers.section(key, false, "notifications.triggers." + key, keys);
    }

    private Optional<String> template(Section section) {
        return section.text("template", true).flatMap(id -> known(section, "template", id));
    }

    private static Optional<Integer> atLeast(Section section, String key, boolean required, int min) {
        Optional<Integer> value = section.value(key, required, "a whole number >= " + min, Values::integer);
        if (value.isPresent() && value.get() < min) {
            section.problemAt(key, "'" + key + "' must be >= " + min + ", but was " + value.get());
            return Optional.empty();
        }
        return value;
    }

    private Optional<Triggers.Expiring> expiring(Section triggers) {
        return nested(triggers, "pointsExpiring", List.of("template", "days")).flatMap(s -> {
            Optional<String> template = template(s);
            Optional<Integer> days = atLeast(s, "days", true, 1);
            return template.isPresent() && days.isPresent()
                    ? Optional.of(new Triggers.Expiring(template.get(), days.get())) : Optional.empty();
        });
    }

    private Optional<Triggers.PostPurchase> postPurchase(Section triggers) {
        return nested(triggers, "postPurchase", List.of("template", "afterDays", "suggest")).flatMap(s -> {
            Optional<String> template = template(s);
            Optional<Integer> days = atLeast(s, "afterDays", true, 0);
            Map<String, List<String>> suggest = new LinkedHashMap<>();
            s.node("suggest", false).ifPresent(node -> {
                if (node instanceof YamlNode.Mapping mapping) {
                    for (YamlNode.Entry entry : mapping.entries().values()) {
                        suggest.put(entry.key(), texts(s, entry));
                    }
                } else {
                    s.problemAt("suggest", "'suggest' must map products to lists of products, but was " + node.describe());
                }
            });
            return template.isPresent() && days.isPresent()
                    ? Optional.of(new Triggers.PostPurchase(template.get(), days.get(), suggest)) : Optional.empty();
        });
    }

    private static List<String> texts(Section s, YamlNode.Entry entry) {
        List<String> texts = new ArrayList<>();
        if (entry.value() instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                    texts.add(scalar.text());
                } else {
                    s.problem(item.line(), "products suggested for '" + entry.key() + "' must be values, but one was " + item.describe());
                }
            }
        } else {
            s.problem(entry.line(), "products suggested for '" + entry.key() + "' must be a list, but was " + entry.value().describe());
        }
        return texts;
    }

    private Optional<Triggers.Replenishment> replenishment(Section triggers) {
        return nested(triggers, "replenishment", List.of("template", "skus")).flatMap(s -> {
            Optional<String> template = template(s);
            Map<String, Integer> days = new LinkedHashMap<>();
            s.node("skus", true).ifPresent(node -> {
                if (node instanceof YamlNode.Mapping mapping && !mapping.entries().isEmpty()) {
                    for (YamlNode.Entry entry : mapping.entries().values()) {
                        Optional<Integer> n = entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null
                                ? Values.integer(scalar.text().trim()).filter(d -> d >= 1) : Optional.empty();
                        n.ifPresentOrElse(d -> days.put(entry.key(), d), () -> s.problem(entry.line(),
                                "days of '" + entry.key() + "' must be a whole number >= 1, but was " + entry.value().describe()));
                    }
                } else {
                    s.problemAt("skus", "'skus' must map products to days, such as { BEANS-1KG: 30 }, but was " + node.describe());
                }
            });
            return template.isPresent() && !days.isEmpty()
                    ? Optional.of(new Triggers.Replenishment(template.get(), days)) : Optional.empty();
        });
    }

    private Optional<Triggers.Survey> survey(Section triggers) {
        return nested(triggers, "survey", List.of("template", "every")).flatMap(s -> {
            Optional<String> template = template(s);
            Optional<Period> every = s.value("every", true, "P1M, P2M, P3M, P4M, P6M or P12M",
                    t -> Values.period(t).filter(p -> p.getDays() == 0 && SURVEY_MONTHS.contains((int) p.toTotalMonths())));
            return template.isPresent() && every.isPresent()
                    ? Optional.of(new Triggers.Survey(template.get(), every.get())) : Optional.empty();
        });
    }
}
