/**
 * The in-memory {@link dev.loyalty.spi.LoyaltyStore}: the default store, for tests, simulations and
 * single-process hosts that can afford to lose their data on restart. Start from
 * {@link dev.loyalty.spi.memory.InMemoryStore#create()}.
 *
 * <p>Everything but {@code InMemoryStore} is package-private and may change at any time.
 */
@NullMarked
package dev.loyalty.spi.memory;

import org.jspecify.annotations.NullMarked;
