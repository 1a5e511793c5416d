package dev.loyalty.cli.internal;

/**
 * A line of an event file that could not be read or handled.
 *
 * @param line the line number, from 1
 * @param message what is wrong with it
 */
public record BadLine(int line, String message) {

    /** {@code line 17: purchase 'order-9': lines[1].unitPrice must be a decimal number, but was "abc"}. */
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
