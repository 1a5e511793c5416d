package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A code issued to a member with an {@link Append}: a discount code, a coupon or a partner's code. Its
 * text is unique in the store. Whether it was used is kept as a campaign budget of the engine's choosing
 * (claimed with the append that uses it), so that a single-use code is used once, also under concurrency.
 *
 * @param code the code's text: 1 to {@value #MAX_CODE_LENGTH} characters, not blank
 * @param member the member it was issued to
 * @param reward the reward of the catalogue it stands for
 * @param value what it is worth: the percent of a discount, the minor units of a coupon; 0 for others
 * @param issuedAt when it was issued
 * @param expiresAt from when it can no longer be used
 * @param requestKey the idempotency key of the request that issued it
 */
public record IssuedCode(String code, MemberId member, String reward, long value, Instant issuedAt, Instant expiresAt,
        String requestKey) {

    /** The longest code a store must accept. */
    public static final int MAX_CODE_LENGTH = 64;

    /** Validates the fields; messages name the field and the bad value. */
    public IssuedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(requestKey, "requestKey");
        if (code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("code must be 1 to " + MAX_CODE_LENGTH + " characters and not blank, but was '" + code + "'");
        }
        if (value < 0) {
            throw new IllegalArgumentException("value of code '" + code + "' must be >= 0, but was " + value);
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("code '" + code + "' must expire after it is issued (" + issuedAt + "), but expires at " + expiresAt);
        }
    }

    /** Whether the code can be used at {@code at}: from its issue (inclusive) to its expiry (exclusive). */
    public boolean validAt(Instant at) {
        return !at.isBefore(issuedAt) && at.isBefore(expiresAt);
    }
}
