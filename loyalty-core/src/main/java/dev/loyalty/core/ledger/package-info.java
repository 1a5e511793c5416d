/**
 * The points ledger: an append-only list of {@link dev.loyalty.core.ledger.Entry entries} per member,
 * from which lots, balances and totals are derived.
 *
 * <p>The rules, in plain words:
 * <ul>
 *   <li>Every credit creates a {@link dev.loyalty.core.ledger.Lot lot} that remembers when it was
 *       earned, when it becomes spendable and when it expires.
 *   <li>Spending takes from lots in one total order: soonest expiry first, then earliest earned, then
 *       the lot created first. Each entry records exactly what it took from which lot
 *       ({@link dev.loyalty.core.ledger.Allocation allocations}).
 *   <li>A lot past its expiry instant is never spendable, even before the expiry sweep has recorded its
 *       expiry; the sweep then expires exactly what is left of it, once.
 *   <li>Reversing a redemption gives back exactly what it took, to the lots it took it from. Reversing
 *       an earn takes back the recorded amount, never a recomputed one: what is left of its lot first,
 *       then other spendable points, and the rest becomes debt that later credits repay first (or the
 *       reversal is rejected, by the {@link dev.loyalty.core.ledger.ReversalPolicy}).
 *   <li>Nothing is ever edited: balances are sums over entries, and replaying the entries rebuilds the
 *       same lots and balances. Arithmetic overflow is an error, never a wrap.
 * </ul>
 */
@NullMarked
package dev.loyalty.core.ledger;

import org.jspecify.annotations.NullMarked;
