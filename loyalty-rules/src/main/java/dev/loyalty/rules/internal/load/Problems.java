package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.Problem;
import dev.loyalty.rules.ProgramException;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while a program loads; not thread-safe, one per load. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** Records a problem without a column. */
    void add(String file, int line, String message) {
        add(file, line, 0, message);
    }

    /** Records a problem. */
    void add(String file, int line, int column, String message) {
        found.add(new Problem(file, Math.max(0, line), Math.max(0, column), message));
    }

    /** How many problems were recorded so far; compare before and after a step to see if it found any. */
    int count() {
        return found.size();
    }

    /** Whether any problem was recorded. */
    boolean any() {
        return !found.isEmpty();
    }

    /** @throws ProgramException listing every problem in file and line order, if there is any */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(found);
            sorted.sort(null);
            throw new ProgramException(sorted);
        }
    }
}
