package dev.loyalty.spi.tck;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.LoyaltyStore;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The store under test, except that recording a delivery throws {@code stop}: a dispatcher that uses it
 * dies after the channel accepted a message and before the store recorded it.
 */
final class StopBeforeRecording extends ForwardingStore {

    private final Supplier<RuntimeException> stop;

    StopBeforeRecording(LoyaltyStore store, Supplier<RuntimeException> stop) {
        super(store);
        this.stop = stop;
    }

    @Override
    public void markDelivered(MemberId member, String dedupeKey, Instant at) {
        throw stop.get();
    }
}
