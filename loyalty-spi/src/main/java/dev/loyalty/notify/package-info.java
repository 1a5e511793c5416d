/**
 * Delivering the outbox: {@link dev.loyalty.notify.NotificationDispatcher} takes the messages a store's
 * outbox holds and hands them to the host's {@link dev.loyalty.spi.NotificationChannel}, retrying with
 * backoff ({@link dev.loyalty.notify.RetryPolicy}) until the channel accepts them. It works with any
 * {@link dev.loyalty.spi.LoyaltyStore}.
 */
@NullMarked
package dev.loyalty.notify;

import org.jspecify.annotations.NullMarked;
