package dev.loyalty.rules;

import dev.loyalty.core.LoyaltyException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A program could not be loaded. {@link #problems()} lists every problem found, not only the first,
 * ordered by file and line; the message lists them too, one per line. Fix the program and load it again:
 * trying again unchanged does not help.
 */
public final class ProgramException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable List.copyOf list
    private final List<Problem> problems;

    /**
     * For these problems; at least one.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ProgramException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProgramException needs at least one problem");
        }
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "the program has " + count + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Every problem found, ordered by file, line and column. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
