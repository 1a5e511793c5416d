package dev.loyalty.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * An outbox message not yet delivered, with its delivery history.
 *
 * @param message the message
 * @param attempts failed delivery attempts so far
 * @param lastError the last attempt's error, if any
 */
public record PendingMessage(OutboxMessage message, int attempts, Optional<String> lastError) {

    /** Validates the fields. */
    public PendingMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(lastError, "lastError");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0, but was " + attempts);
        }
    }
}
