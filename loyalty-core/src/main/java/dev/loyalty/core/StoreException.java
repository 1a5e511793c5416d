package dev.loyalty.core;

import org.jspecify.annotations.Nullable;

/**
 * A store could not do what was asked: the database was unreachable, a statement failed, or stored data
 * was found corrupt. Whether a retry may help is given by the store that threw it.
 */
public final class StoreException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    private StoreException(String message, @Nullable Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /** A failure that may pass: a lost connection, a timeout, a serialization failure. */
    public static StoreException transientFailure(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /** A failure that will not pass by retrying: corrupt data, a broken schema. */
    public static StoreException permanentFailure(String message, Throwable cause) {
        return new StoreException(message, cause, false);
    }

    /** A failure found by the store itself, without an underlying exception. */
    public static StoreException corrupt(String message) {
        return new StoreException(message, null, false);
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
