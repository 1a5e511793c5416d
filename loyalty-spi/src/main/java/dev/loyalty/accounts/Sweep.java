package dev.loyalty.accounts;

/**
 * What {@link Accounts#advanceTo} did.
 *
 * @param expired expiry entries recorded
 * @param activated activation entries recorded
 * @param members members whose ledgers changed
 */
public record Sweep(long expired, long activated, long members) {}
