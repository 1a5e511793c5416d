package dev.loyalty.notify;

import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.NotificationChannel;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Delivers a store's outbox through the host's channel: never loses a message, and never sends one twice
 * once it was recorded as delivered.
 *
 * <pre>{@code
 * NotificationDispatcher dispatcher = NotificationDispatcher.builder()
 *         .store(store)
 *         .channel(message -> mailer.send(message))
 *         .build();
 * dispatcher.dispatchDue();   // e.g. every minute, from the host's scheduler
 * }</pre>
 *
 * <p>Each pass takes the messages due now, oldest first, and offers each to the channel. A message the
 * channel accepts is marked delivered; one it refuses (any exception) is marked failed and is due again
 * after the {@link RetryPolicy}'s delay. The channel is called before the message is marked, so a
 * dispatcher that stops in between (a crash, a lost connection) offers the message again on its next
 * pass, with the same {@link OutboxMessage#dedupeKey()}: delivery is at least once, and a channel that
 * deduplicates by member and dedupe key makes it exactly once.
 *
 * <p>Run one dispatcher per store at a time: two concurrent passes may both offer a message.
 */
public final class NotificationDispatcher {

    private final LoyaltyStore store;
    private final NotificationChannel channel;
    private final Clock clock;
    private final RetryPolicy retry;
    private final int batchSize;

    private NotificationDispatcher(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store is required");
        this.channel = Objects.requireNonNull(builder.channel, "channel is required");
        this.clock = builder.clock;
        this.retry = builder.retry;
        this.batchSize = builder.batchSize;
    }

    /** Starts building a dispatcher; {@code store} and {@code channel} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Offers every message due at the clock's instant to the channel, in batches, until none is due.
     *
     * @throws dev.loyalty.core.StoreException if the store fails; messages not yet marked stay due
     */
    public Dispatch dispatchDue() {
        Instant now = clock.instant();
        long delivered = 0;
        long failed = 0;
        List<PendingMessage> batch = store.dueMessages(now, batchSize);
        while (!batch.isEmpty()) {
            for (PendingMessage pending : batch) {
                if (offer(pending, now)) {
                    delivered++;
                } else {
                    failed++;
                }
            }
            batch = store.dueMessages(now, batchSize);
        }
        return new Dispatch(delivered, failed);
    }

    private boolean offer(PendingMessage pending, Instant now) {
        OutboxMessage message = pending.message();
        try {
            channel.deliver(message);
        } catch (Exception e) {
            Instant retryAt = now.plus(retry.delayAfter(pending.attempts() + 1));
            store.markFailed(message.member(), message.dedupeKey(), retryAt, describe(e));
            return false;
        }
        store.markDelivered(message.member(), message.dedupeKey(), now);
        return true;
    }

    private static String describe(Exception e) {
        String text = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** Builds a {@link NotificationDispatcher}. */
    public static final class Builder {

        private LoyaltyStore store;
        private NotificationChannel channel;
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private int batchSize = 100;

        private Builder() {}

        /** The store whose outbox is delivered; required. */
        public Builder store(LoyaltyStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The host's channel; required. */
        public Builder channel(NotificationChannel value) {
            this.channel = Objects.requireNonNull(value, "channel");
            return this;
        }

        /** Where "now" comes from; default the system clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** When failed messages are tried again; default {@link RetryPolicy#DEFAULT}. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retry = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** How many due messages are read at a time; default 100. */
        public Builder batchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1, but was " + value);
            }
            this.batchSize = value;
            return this;
        }

        /** The dispatcher. */
        public NotificationDispatcher build() {
            return new NotificationDispatcher(this);
        }
    }
}
