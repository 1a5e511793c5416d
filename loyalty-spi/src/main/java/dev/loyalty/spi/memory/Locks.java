package dev.loyalty.spi.memory;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work while holding the monitors of several member records, taken in the order given (callers
 * give them in id order, so that two appends never wait for each other in a cycle).
 */
final class Locks {

    private Locks() {}

    /** {@code work}'s result, computed while holding the monitor of every record of {@code records}. */
    static <T> T holding(List<MemberRecord> records, Supplier<T> work) {
        return holding(records, 0, work);
    }

    private static <T> T holding(List<MemberRecord> records, int from, Supplier<T> work) {
        if (from == records.size()) {
            return work.get();
        }
        synchronized (records.get(from)) {
            return holding(records, from + 1, work);
        }
    }
}
