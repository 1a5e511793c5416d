package dev.loyalty.rules.program;

import dev.loyalty.core.LoyaltyException;
import java.util.List;

/** A caller asked a program for a point type, reward or other item it does not have. */
public final class UnknownIdException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    private final String id;

    /**
     * For {@code id} of {@code kind}, listing the ids the program has.
     *
     * @param kind what was looked up, e.g. {@code "point type"}
     */
    public UnknownIdException(String kind, String id, List<String> known) {
        super("unknown " + kind + " '" + id + "'; the program has " + (known.isEmpty() ? "none" : String.join(", ", known)));
        this.id = id;
    }

    /** The id that was not found. */
    public String id() {
        return id;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
