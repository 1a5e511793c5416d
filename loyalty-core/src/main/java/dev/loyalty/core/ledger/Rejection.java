package dev.loyalty.core.ledger;

import java.util.Objects;

/**
 * A request the ledger refused for a business reason. Nothing was changed.
 *
 * @param code what kind of refusal, for programs
 * @param message what exactly, for people
 */
public record Rejection(Code code, String message) implements LedgerResult, TransferResult {

    /** The documented reasons for a refusal. */
    public enum Code {
        /** The member does not have enough available points (after debt) of that type. */
        INSUFFICIENT_POINTS,
        /** The entry was already reversed in full. */
        ALREADY_REVERSED
    }

    /** Validates the fields. */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
