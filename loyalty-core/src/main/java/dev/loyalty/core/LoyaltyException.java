package dev.loyalty.core;

/**
 * The root of every exception the SDK throws for a failure (as opposed to a business rejection such as
 * "not enough points", which is returned as a value).
 *
 * <p>{@link #isTransient()} tells a caller whether trying the same request again may succeed: a lost
 * database connection or a race that could not be settled in the allowed retries is transient; a bad
 * argument or a conflicting idempotency key is not.
 */
public abstract class LoyaltyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message that says what was wrong and where. */
    protected LoyaltyException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    protected LoyaltyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same request, tried again unchanged, may succeed. */
    public abstract boolean isTransient();
}
