package dev.loyalty.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * When a message whose delivery failed is tried again: after {@code firstDelay}, then each delay
 * {@code factor} times the one before, never more than {@code maxDelay}. There is no last attempt: a
 * message is retried until the channel accepts it, so a failing channel delays messages but loses none.
 *
 * @param firstDelay the delay after the first failed attempt, > 0
 * @param factor how much each delay grows, >= 1
 * @param maxDelay the longest delay, >= firstDelay
 */
public record RetryPolicy(Duration firstDelay, int factor, Duration maxDelay) {

    /** 30 seconds, doubling, at most one hour. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), 2, Duration.ofHours(1));

    /** Validates the fields. */
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be > 0, but was " + firstDelay);
        }
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, but was " + factor);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be >= firstDelay (" + firstDelay + "), but was " + maxDelay);
        }
    }

    /** A copy with {@code value} as the first delay. */
    public RetryPolicy withFirstDelay(Duration value) {
        return new RetryPolicy(value, factor, maxDelay.compareTo(value) < 0 ? value : maxDelay);
    }

    /** A copy with {@code value} as the growth factor. */
    public RetryPolicy withFactor(int value) {
        return new RetryPolicy(firstDelay, value, maxDelay);
    }

    /** A copy with {@code value} as the longest delay. */
    public RetryPolicy withMaxDelay(Duration value) {
        return new RetryPolicy(firstDelay, factor, value);
    }

    /** The delay after failed attempt number {@code attempt} (1 for the first failure). */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, but was " + attempt);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(factor);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
