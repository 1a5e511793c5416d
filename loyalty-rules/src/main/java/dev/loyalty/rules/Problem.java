package dev.loyalty.rules;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a program, found while it was loaded: where it is and what is wrong, in words a
 * rule author understands.
 *
 * <p>{@link #toString()} gives the compiler-like form {@code rules/earn.drl:12:5: unknown fact type
 * 'Purchse'}; the column (and the line) is left out when it is unknown.
 *
 * @param file the file, relative to the program: {@code program.yaml} or {@code rules/earn.drl}
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    /** Validates the fields. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, but were " + line + " and " + column);
        }
    }

    /** Orders by file name, then line, then column. */
    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column: message}, leaving out a column or line of 0. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(message).toString();
    }
}
