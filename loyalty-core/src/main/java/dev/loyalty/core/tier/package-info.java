/**
 * Tiers (MISSION T1 to T3): a {@link dev.loyalty.core.tier.TierLadder} of ranked
 * {@link dev.loyalty.core.tier.Tier tiers}, each with the {@link dev.loyalty.core.tier.Qualification}
 * that reaches it and the {@link dev.loyalty.core.tier.Benefits} it gives.
 *
 * <p>Evaluation is a pure function: {@link dev.loyalty.core.tier.TierLadder#evaluate} takes a member's
 * {@link dev.loyalty.core.tier.TierStatus}, the {@link dev.loyalty.core.tier.TierMetrics} measured for
 * them and the current instant, and returns a {@link dev.loyalty.core.tier.TierDecision}: the new
 * status and the {@link dev.loyalty.core.tier.TierChange changes} that led to it. Members move up at
 * once and down only at re-evaluation, after a grace period.
 */
@NullMarked
package dev.loyalty.core.tier;

import org.jspecify.annotations.NullMarked;
