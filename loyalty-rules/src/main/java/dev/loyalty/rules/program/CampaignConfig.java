package dev.loyalty.rules.program;

import java.time.Instant;
import java.util.Objects;

/**
 * A campaign: a named time window, for an audience, that rules can match with
 * {@code Campaign(id == "beans-double")}. YAML, one item of {@code campaigns}:
 * <pre>{@code
 * - id: beans-double              # required; 1 to 64 of [a-z0-9_.-]
 *   name: Double points on beans  # required
 *   start: 2026-12-01T00:00       # required; local date-time in the program's time zone, or with an offset
 *   end: 2026-12-08T00:00         # required, after start; the end itself is outside the campaign
 *   audience: { tiers: [gold] }   # optional, default everyone (see Audience)
 *   priority: 10                  # optional, default 0; higher first
 *   stacking: additive            # additive (default) | exclusive
 * }</pre>
 *
 * @param id the id rules and outcomes use
 * @param name the display name
 * @param start the first instant of the campaign
 * @param end the first instant after the campaign; after {@code start}
 * @param audience who the campaign is for
 * @param priority higher goes first
 * @param stacking whether it adds to other campaigns or excludes them
 */
public record CampaignConfig(String id, String name, Instant start, Instant end, Audience audience, int priority,
        Stacking stacking) {

    /** How a campaign combines with others running at the same time. */
    public enum Stacking {
        /** Applies together with every other running campaign. */
        ADDITIVE,
        /** Of the running exclusive campaigns only the one with the highest priority applies. */
        EXCLUSIVE
    }

    /** Validates the fields. */
    public CampaignConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(stacking, "stacking");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("campaign '" + id + "' must start before it ends, but runs from "
                    + start + " to " + end);
        }
    }

    /** Whether the campaign runs at {@code at}: {@code start <= at < end}. */
    public boolean runsAt(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
