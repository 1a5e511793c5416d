package dev.loyalty.rules;

/**
 * What {@link LoyaltyEngine#advanceTo} recorded. Running it again for the same instant records nothing
 * more, so all counts are of what this run recorded itself.
 *
 * @param expired expiry entries recorded
 * @param activated activation entries recorded
 * @param tierChanges tier changes recorded by re-evaluations (grace periods started or cleared, downgrades)
 */
public record Advance(long expired, long activated, long tierChanges) {}
