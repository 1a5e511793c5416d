package dev.loyalty.core.ledger;

import java.util.Objects;

/** Argument checks shared by the ledger's request records. */
final class Checks {

    /** The longest idempotency key accepted. */
    static final int MAX_KEY_LENGTH = 200;

    private Checks() {}

    static String requestKey(String key) {
        Objects.requireNonNull(key, "requestKey");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "requestKey must be 1 to " + MAX_KEY_LENGTH + " characters, but was " + key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                throw new IllegalArgumentException("requestKey must not contain control characters, but was '" + key + "'");
            }
        }
        return key;
    }

    static long positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be > 0, but was " + value);
        }
        return value;
    }
}
