package dev.loyalty.spi;

/**
 * Delivers notifications to members by e-mail, SMS or push: the host's own channel.
 *
 * <p>The SDK calls it from its outbox dispatcher, never inside a ledger append, so a failing channel
 * can delay a message but never undo or block a change. A channel should treat
 * {@link OutboxMessage#dedupeKey()} with the member as an idempotency key where the provider allows it:
 * a message may be offered again if the dispatcher stopped between delivering and recording it.
 */
@FunctionalInterface
public interface NotificationChannel {

    /**
     * Delivers {@code message}; returns normally only when it was handed over.
     *
     * @throws Exception if it could not be delivered now; the dispatcher will try again later
     */
    void deliver(OutboxMessage message) throws Exception;

    /** A channel that accepts and drops every message, for hosts that send nothing. */
    static NotificationChannel discarding() {
        return message -> { };
    }
}
