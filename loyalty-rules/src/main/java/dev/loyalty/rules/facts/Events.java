package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import java.util.Objects;

/** Checks shared by the event types. */
final class Events {

    /** The longest event id: the store's longest idempotency key. */
    static final int MAX_ID_LENGTH = 200;

    private Events() {}

    static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidRequestException("event id must be 1 to " + MAX_ID_LENGTH
                    + " characters and not blank, but was '" + id + "'");
        }
        return id;
    }

    static String name(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new InvalidRequestException(what + " must not be blank");
        }
        return value;
    }
}
