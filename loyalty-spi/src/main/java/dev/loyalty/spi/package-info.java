/**
 * The ports a host application implements or chooses: the {@link dev.loyalty.spi.LoyaltyStore store},
 * the {@link dev.loyalty.spi.NotificationChannel notification channel} and the
 * {@link dev.loyalty.spi.RandomSource random source}, with ready defaults.
 *
 * <p>The store port is narrow and set-oriented: load one member's state, append a batch atomically with
 * the member's expected version and the request's idempotency key, and page through due work. Every
 * store must pass the contract test kit ({@code loyalty-spi-tck}).
 */
@NullMarked
package dev.loyalty.spi;

import org.jspecify.annotations.NullMarked;
