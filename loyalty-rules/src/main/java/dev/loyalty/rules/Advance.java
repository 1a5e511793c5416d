package dev.loyalty.rules;

/**
 * What {@link LoyaltyEngine#advanceTo} recorded. Running it again for the same instant records nothing
 * more, so all counts are of what this run recorded itself.
 *
 * @param expired expiry entries recorded
 * @param activated activation entries recorded
 * @param tierChanges tier changes recorded by re-evaluations (grace periods started or cleared, downgrades)
 * @param messages messages put in the outbox by the time-driven triggers: points expiring, birthday, survey
 * @param winBacks win-back bonuses granted to members who became inactive
 * @param segmented members whose RFM scores or lifecycle segment changed
 */
public record Advance(long expired, long activated, long tierChanges, long messages, long winBacks, long segmented) {

    /** The counts of expiry, activation and tier reviews, with nothing else recorded. */
    public Advance(long expired, long activated, long tierChanges) {
        this(expired, activated, tierChanges, 0, 0, 0);
    }
}
