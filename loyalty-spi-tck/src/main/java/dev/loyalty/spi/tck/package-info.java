/**
 * The contract test kit for {@link dev.loyalty.spi.LoyaltyStore} implementations.
 *
 * <p>To prove a store, add this jar as a test dependency and write one subclass of
 * {@link dev.loyalty.spi.tck.StoreContract} whose {@code newStore()} returns a fresh, empty store (a new
 * schema, a truncated database, ...) on every call:
 *
 * <pre>{@code
 * class JdbcStoreContractTest extends StoreContract {
 *     @Override
 *     protected LoyaltyStore newStore() {
 *         return JdbcStore.create(freshDataSource());
 *     }
 * }
 * }</pre>
 *
 * <p>{@code StoreContract} runs every contract as a JUnit 5 {@code @Nested} class; to run only some, extend
 * the single contracts ({@link dev.loyalty.spi.tck.StoreRoundTripContract},
 * {@link dev.loyalty.spi.tck.StoreConflictContract}, {@link dev.loyalty.spi.tck.StoreIdempotencyContract},
 * {@link dev.loyalty.spi.tck.StorePagingContract}, {@link dev.loyalty.spi.tck.StoreOutboxContract},
 * {@link dev.loyalty.spi.tck.LedgerModelContract}, {@link dev.loyalty.spi.tck.ConcurrencyContract})
 * instead. The model-based test runs {@code -Dloyalty.model.seeds=N} seeds (1,000 by default) and
 * {@code -Dloyalty.model.seed=S} replays only seed {@code S}, as a failure's message says. Tests named {@code required_...} check what the {@code LoyaltyStore} Javadoc promises: a
 * store that fails one is broken. Each test asserts exact values and says in its failure message which
 * promise was broken.
 */
@NullMarked
package dev.loyalty.spi.tck;

import org.jspecify.annotations.NullMarked;
