package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.Audience;
import dev.loyalty.rules.program.CampaignConfig;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reads the {@code campaigns} list of {@code program.yaml}. */
final class CampaignsReader {

    private static final List<String> KEYS = List.of("id", "name", "start", "end", "audience", "priority", "stacking");
    static final String DATE_TIME = "a date-time such as 2026-12-01T00:00 (or with an offset: 2026-12-01T00:00+01:00)";

    private final Declared declared;
    private final Optional<ZoneId> zone;

    CampaignsReader(Declared declared, Optional<ZoneId> zone) {
        this.declared = declared;
        this.zone = zone;
    }

    List<CampaignConfig> read(Section root) {
        return Items.read(root, "campaigns", "campaign", KEYS, this::campaign);
    }

    private Optional<CampaignConfig> campaign(Section item) {
        int before = item.problems().count();
        Optional<String> id = declared.campaigns.declare(item);
        Optional<String> name = item.text("name", true);
        Optional<Values.DateTime> start = item.value("start", true, DATE_TIME, Values::dateTime);
        Optional<Values.DateTime> end = item.value("end", true, DATE_TIME, Values::dateTime);
        Audience audience = AudienceReader.read(item, declared);
        int priority = item.value("priority", false, "a whole number", Values::integer).orElse(0);
        CampaignConfig.Stacking stacking = item.value("stacking", false, "additive | exclusive",
                t -> Values.constant(CampaignConfig.Stacking.class, t)).orElse(CampaignConfig.Stacking.ADDITIVE);
        if (item.problems().count() > before || id.isEmpty() || name.isEmpty() || start.isEmpty() || end.isEmpty()
                || zone.isEmpty()) {
            return Optional.empty();
        }
        Instant from = start.get().in(zone.get());
        Instant until = end.get().in(zone.get());
        if (!from.isBefore(until)) {
            item.problemAt("end", "start " + item.text("start", true).orElse("") + " must be before end "
                    + item.text("end", true).orElse(""));
            return Optional.empty();
        }
        return Optional.of(new CampaignConfig(id.get(), name.get(), from, until, audience, priority, stacking));
    }
}
