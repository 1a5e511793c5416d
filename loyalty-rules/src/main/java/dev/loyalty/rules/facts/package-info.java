/**
 * The fact model rule authors write DRL against.
 *
 * <p>Facts in: the {@link dev.loyalty.rules.facts.Member} being served, the event being handled (one of
 * the {@link dev.loyalty.rules.facts.Event} types, which are also what a host passes to
 * {@code LoyaltyEngine.handle}), the member's {@link dev.loyalty.rules.facts.Today}, and every
 * {@link dev.loyalty.rules.facts.Campaign} that is running for the member. Decisions out: the
 * {@link dev.loyalty.rules.facts.Decisions} global, which every DRL file declares as
 * {@code global dev.loyalty.rules.facts.Decisions decisions;}. Rule authors never touch the store.
 *
 * <p>All facts are immutable except {@code Decisions}; amounts of money are {@link java.math.BigDecimal}s
 * at the currency's scale, never floating point.
 */
@NullMarked
package dev.loyalty.rules.facts;

import org.jspecify.annotations.NullMarked;
