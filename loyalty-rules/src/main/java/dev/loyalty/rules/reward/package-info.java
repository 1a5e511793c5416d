/**
 * What members get for their points, worked out exactly: discount codes ({@link dev.loyalty.rules.reward.DiscountCodes}),
 * the till that applies codes, coupons and a wallet to an order ({@link dev.loyalty.rules.reward.Till}).
 */
@NullMarked
package dev.loyalty.rules.reward;

import org.jspecify.annotations.NullMarked;
