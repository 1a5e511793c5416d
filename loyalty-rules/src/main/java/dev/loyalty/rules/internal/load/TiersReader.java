package dev.loyalty.rules.internal.load;

import dev.loyalty.core.tier.Benefits;
import dev.loyalty.core.tier.Qualification;
import dev.loyalty.core.tier.Tier;
import dev.loyalty.core.tier.TierLadder;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the optional {@code tiers} section of {@code program.yaml} into a {@link TierLadder}. */
final class TiersReader {

    private static final List<String> KEYS =
            List.of("statusPointType", "window", "gracePeriod", "reevaluationEvery", "ladder");
    private static final List<String> TIER_KEYS = List.of("id", "name", "qualify", "benefits");
    private static final Pattern NAMED_TIER = Pattern.compile("tier '([^']*)'");

    /** A tier with the line it was declared on. */
    private record Placed(Tier tier, int line) {}

    private final Declared declared;
    private final QualificationReader qualifications;
    private Period window = Qualification.DEFAULT_WINDOW;

    TiersReader(Declared declared) {
        this.declared = declared;
        this.qualifications = new QualificationReader(declared);
    }

    /** The ladder and the status point type's id, if the section is present and valid. */
    Optional<Map.Entry<TierLadder, String>> read(Section root) {
        Optional<Section> found = root.section("tiers", false, "tiers", KEYS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Section tiers = found.get();
        int before = tiers.problems().count();
        Optional<String> statusType = tiers.text("statusPointType", true);
        statusType.ifPresent(id -> declared.references.add(tiers, tiers.line("statusPointType"),
                declared.pointTypes, id, "statusPointType"));
        window = period(tiers, "window", Qualification.DEFAULT_WINDOW);
        Period grace = period(tiers, "gracePeriod", Period.ZERO);
        Period every = period(tiers, "reevaluationEvery", Period.ofMonths(12));
        qualifications.statusType(statusType);
        List<Placed> ladder = Items.read(tiers, "ladder", "tier", TIER_KEYS, this::tier);
        if (!tiers.has("ladder")) {
            tiers.problem(tiers.line(), "missing required key 'ladder'");
        }
        if (tiers.problems().count() > before || statusType.isEmpty()) {
            return Optional.empty();
        }
        return ladder(tiers, ladder, grace, every).map(l -> Map.entry(l, statusType.get()));
    }

    private Optional<Placed> tier(Section item) {
        int before = item.problems().count();
        int rank = declared.tiers.all().size();
        Optional<String> id = declared.tiers.declare(item);
        Optional<String> name = item.text("name", true);
        Qualification qualification = item.node("qualify", false)
                .flatMap(node -> qualifications.read(node, item, window))
                .orElse(Qualification.NONE);
        Benefits benefits = item.node("benefits", false).flatMap(node -> BenefitsReader.read(node, item))
                .orElse(Benefits.NONE);
        if (item.problems().count() > before || id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Placed(new Tier(id.get(), name.get(), rank, qualification, benefits), item.line()));
        } catch (IllegalArgumentException e) {
            item.problem(item.line(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The ladder; its own checks (a higher tier is never easier) become a problem at the tier named first. */
    private static Optional<TierLadder> ladder(Section tiers, List<Placed> placed, Period grace, Period every) {
        try {
            return Optional.of(new TierLadder(placed.stream().map(Placed::tier).toList(), grace, every));
        } catch (IllegalArgumentException e) {
            Matcher named = NAMED_TIER.matcher(e.getMessage());
            int line = tiers.line("ladder");
            if (named.find()) {
                String id = named.group(1);
                line = placed.stream().filter(p -> p.tier().id().equals(id)).mapToInt(Placed::line).findFirst()
                        .orElse(line);
            }
            tiers.problems().add(tiers.file(), line, e.getMessage());
            return Optional.empty();
        }
    }

    private static Period period(Section section, String key, Period otherwise) {
        return section.value(key, false, "an ISO-8601 period such as P12M", Values::period).orElse(otherwise);
    }
}
