/**
 * A small, seeded model-based test harness for the points ledger, on plain JUnit 5.
 *
 * <p>{@link dev.loyalty.spi.tck.model.ModelRun#run ModelRun.run(seed, stores)} generates a random but
 * repeatable sequence of commands (earn, redeem, reverse, adjust, transfer, advance time, retries of
 * earlier requests) from a seed, applies each both to {@link dev.loyalty.accounts.Accounts} over the
 * store under test and to a reference model, and after every step checks that the two agree and that
 * the store's state keeps the ledger's invariants (conservation, spend order, expiry exactly once,
 * idempotency, replay). On the first disagreement it fails with the seed, how to replay only that seed
 * and the numbered commands up to the failing step.
 *
 * <p>The reference model is written from the ledger rules in plain words (see
 * {@link dev.loyalty.core.ledger}), in the simplest way possible: a list of lots with what is left of
 * each, a debt per point type, and what was reversed and expired. It shares no logic with the ledger;
 * it only uses the ledger's value types ({@link dev.loyalty.core.ledger.Lot},
 * {@link dev.loyalty.core.ledger.Balance}, ...) to compare results.
 */
@NullMarked
package dev.loyalty.spi.tck.model;

import org.jspecify.annotations.NullMarked;
