package dev.loyalty.spi;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * Where the SDK takes randomness (lottery draws, codes), injected so that runs can be repeated.
 *
 * <p>{@link #seeded(long)} gives the same sequence for the same seed on every JVM; {@link #secure()}
 * is for production codes that must not be guessable. Implementations are thread-safe.
 */
public interface RandomSource {

    /** A uniformly random {@code long}. */
    long nextLong();

    /** A uniformly random int from 0 (inclusive) to {@code bound} (exclusive); {@code bound} must be > 0. */
    int nextInt(int bound);

    /** A deterministic source: the same seed gives the same numbers, in the same order. */
    static RandomSource seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new RandomSource() {
            @Override
            public synchronized long nextLong() {
                return random.nextLong();
            }

            @Override
            public synchronized int nextInt(int bound) {
                if (bound <= 0) {
                    throw new IllegalArgumentException("bound must be > 0, but was " + bound);
                }
                return random.nextInt(bound);
            }

            @Override
            public String toString() {
                return "RandomSource.seeded(" + seed + ")";
            }
        };
    }

    /** A source backed by {@link SecureRandom}, for values that must not be predictable. */
    static RandomSource secure() {
        SecureRandom random = new SecureRandom();
        return new RandomSource() {
            @Override
            public long nextLong() {
                return random.nextLong();
            }

            @Override
            public int nextInt(int bound) {
                if (bound <= 0) {
                    throw new IllegalArgumentException("bound must be > 0, but was " + bound);
                }
                return random.nextInt(bound);
            }

            @Override
            public String toString() {
                return "RandomSource.secure()";
            }
        };
    }
}
