package dev.loyalty.spi.memory;

import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The outbox messages of all members that are not delivered yet, oldest first. Changed only under the
 * message's member's lock; read without locks.
 */
final class OutboxIndex {

    private final ConcurrentSkipListMap<OutboxMessage, Delivery> undelivered = new ConcurrentSkipListMap<>(Delivery.ORDER);

    /** Records the new state of a message: kept while undelivered, dropped once delivered or withdrawn. */
    void put(Delivery delivery) {
        if (delivery.isClosed()) {
            undelivered.remove(delivery.message());
        } else {
            undelivered.put(delivery.message(), delivery);
        }
    }

    /** At most {@code limit} undelivered messages due at {@code at}, oldest first. */
    List<PendingMessage> due(Instant at, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit of due messages must be >= 1, but was " + limit);
        }
        return undelivered.values().stream()
                .filter(delivery -> delivery.isDueAt(at))
                .limit(limit)
                .map(Delivery::pending)
                .toList();
    }
}
