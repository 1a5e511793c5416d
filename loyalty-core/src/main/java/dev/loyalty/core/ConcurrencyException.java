package dev.loyalty.core;

/**
 * Concurrent requests for the same member kept changing its state, and this request could not be
 * applied within the allowed attempts. Nothing was changed; trying again later may succeed.
 */
public final class ConcurrencyException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    /** For {@code member} after {@code attempts} attempts. */
    public ConcurrencyException(MemberId member, int attempts) {
        super("member '" + member + "' was changed concurrently in each of " + attempts + " attempts; try again");
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
