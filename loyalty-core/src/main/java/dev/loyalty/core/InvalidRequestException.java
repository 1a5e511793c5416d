package dev.loyalty.core;

/**
 * A request that can never succeed as given: a negative amount, an unknown point type or entry, an
 * expiry before the points were earned. Nothing was changed.
 */
public final class InvalidRequestException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    /** With a message that says what was wrong and where. */
    public InvalidRequestException(String message) {
        super(message);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
