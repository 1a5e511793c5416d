package dev.loyalty.benchmarks;

/** Fires a program's rules for one purchase at a time; used by one thread. */
public interface Evaluation extends AutoCloseable {

    /**
     * Fires the rules over {@code facts}; returns a value that depends on what they decided (for
     * {@link Tally}-based strategies its checksum, for the engine's evaluator the points credited).
     */
    long evaluate(FactSet facts);

    @Override
    void close();
}
