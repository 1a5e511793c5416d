package dev.loyalty.spi.tck.model;

import java.time.Instant;

/**
 * One numbered command of a run.
 *
 * @param number 1 for the first step
 * @param command what is done
 * @param now the run's current instant after this step, at which balances are checked
 * @param note how the step came about, e.g. {@code "retry of #4"}; empty for a new request
 */
record Step(int number, Command command, Instant now, String note) {

    /** The step's line in a failure report. */
    String describe() {
        return String.format("%3d. %s%s", number, command.describe(), note.isEmpty() ? "" : "   [" + note + "]");
    }
}
