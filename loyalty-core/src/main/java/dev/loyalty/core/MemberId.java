package dev.loyalty.core;

import java.util.Objects;

/**
 * Identifies a member of a loyalty program: the host's own id for its customer.
 *
 * <p>1 to 64 characters, none of them white space or control characters, so that an id can be used
 * as a database key, a file name and a log token without escaping.
 *
 * @param value the id as the host knows it
 */
public record MemberId(String value) implements Comparable<MemberId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 64;

    /** Validates the id; see the class description for what is accepted. */
    public MemberId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "member id must be 1 to " + MAX_LENGTH + " characters, but was " + value.length() + ": '" + value + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(
                        "member id must not contain white space or control characters, but was '" + value + "'");
            }
        }
    }

    /** Shorthand for {@code new MemberId(value)}. */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
