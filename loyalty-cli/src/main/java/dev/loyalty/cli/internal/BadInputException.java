package dev.loyalty.cli.internal;

/**
 * What the command was given is wrong: an unknown option, a missing file, a bad line of an event file, a
 * program that does not load. The message says what and where; the command exits with code 2.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message that says what was wrong and where. */
    public BadInputException(String message) {
        super(message);
    }
}
