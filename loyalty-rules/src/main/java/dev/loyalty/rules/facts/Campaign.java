package dev.loyalty.rules.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * A campaign of the program that is running when the event happens and whose audience includes the
 * member. Only such campaigns are facts, so {@code Campaign(id == "beans-double")} in a rule means "while
 * the campaign runs, for its audience". Decisions made by a rule that matched a campaign are credited to it.
 */
public final class Campaign {

    private final String id;
    private final String name;
    private final int priority;
    private final boolean exclusive;
    private final Instant start;
    private final Instant end;

    /**
     * A running campaign.
     *
     * @param id the campaign's id
     * @param name its name
     * @param priority higher goes first
     * @param exclusive whether it does not stack with other exclusive campaigns
     * @param start when it started
     * @param end when it ends (exclusive)
     */
    public Campaign(String id, String name, int priority, boolean exclusive, Instant start, Instant end) {
        this.id = Events.name("id", id);
        this.name = Objects.requireNonNull(name, "name");
        this.priority = priority;
        this.exclusive = exclusive;
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
    }

    /** The id. */
    public String getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The priority: higher goes first. */
    public int getPriority() {
        return priority;
    }

    /** Whether the campaign is exclusive: of the exclusive campaigns running, only the highest priority one is a fact. */
    public boolean isExclusive() {
        return exclusive;
    }

    /** When it started. */
    public Instant getStart() {
        return start;
    }

    /** When it ends; the end itself is outside the campaign. */
    public Instant getEnd() {
        return end;
    }

    @Override
    public String toString() {
        return "Campaign[" + id + "]";
    }
}
