package dev.loyalty.notify;

/**
 * What one {@link NotificationDispatcher#dispatchDue()} pass did.
 *
 * @param delivered messages the channel accepted and that were recorded as delivered
 * @param failed delivery attempts that failed; each of those messages is due again later
 */
public record Dispatch(long delivered, long failed) {

    /** Validates the counts. */
    public Dispatch {
        if (delivered < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must be >= 0, but were delivered " + delivered + ", failed " + failed);
        }
    }
}
