package dev.loyalty.spi.memory;

import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * An outbox message with its delivery state.
 *
 * @param message the message
 * @param attempts failed attempts so far
 * @param lastError the last failed attempt's error
 * @param nextAttemptAt when it is due (again); its creation instant at first
 * @param deliveredAt when it was delivered, if it was
 * @param withdrawn whether a later change withdrew it before it was delivered
 */
record Delivery(OutboxMessage message, int attempts, Optional<String> lastError, Instant nextAttemptAt,
        Optional<Instant> deliveredAt, boolean withdrawn) {

    /** The order of due messages: creation instant, member, dedupe key. */
    static final Comparator<OutboxMessage> ORDER = Comparator.comparing(OutboxMessage::createdAt)
            .thenComparing(OutboxMessage::member)
            .thenComparing(OutboxMessage::dedupeKey);

    /** A message just put in the outbox: due at its creation instant. */
    static Delivery queued(OutboxMessage message) {
        return new Delivery(message, 0, Optional.empty(), message.createdAt(), Optional.empty(), false);
    }

    /** This message after a failed attempt, due again at {@code retryAt}. */
    Delivery failed(Instant retryAt, String error) {
        return new Delivery(message, Math.addExact(attempts, 1), Optional.of(error), retryAt, deliveredAt, withdrawn);
    }

    /** This message, delivered at {@code at}. */
    Delivery delivered(Instant at) {
        return new Delivery(message, attempts, lastError, nextAttemptAt, Optional.of(at), withdrawn);
    }

    /** This message, withdrawn: never due again. */
    Delivery withdraw() {
        return new Delivery(message, attempts, lastError, nextAttemptAt, deliveredAt, true);
    }

    /** Whether it will never be due again: delivered or withdrawn. */
    boolean isClosed() {
        return isDelivered() || withdrawn;
    }

    /** Whether it was delivered. */
    boolean isDelivered() {
        return deliveredAt.isPresent();
    }

    /** Whether it waits for delivery and its next attempt has come by {@code at}. */
    boolean isDueAt(Instant at) {
        return !isClosed() && !nextAttemptAt.isAfter(at);
    }

    /** As the SPI shows it. */
    PendingMessage pending() {
        return new PendingMessage(message, attempts, lastError);
    }
}
