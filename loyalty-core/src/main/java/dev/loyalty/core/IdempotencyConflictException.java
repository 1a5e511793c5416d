package dev.loyalty.core;

/**
 * A request reused an idempotency key that was first used for a different request. The first request's
 * effects stand; nothing else was changed. A caller that sees this has a bug in how it makes keys.
 */
public final class IdempotencyConflictException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    /** For {@code requestKey} of {@code member}. */
    public IdempotencyConflictException(MemberId member, String requestKey) {
        super("request key '" + requestKey + "' of member '" + member
                + "' was already used for a different request; use a new key for a new request");
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
