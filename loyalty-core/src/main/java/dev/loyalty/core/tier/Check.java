package dev.loyalty.core.tier;

import dev.loyalty.core.Money;

/**
 * One threshold of a {@link Qualification} held against measured metrics.
 *
 * @param met whether the measured value reaches the threshold
 * @param text what was compared, e.g. {@code "status points 1200 >= 1000"}
 */
record Check(boolean met, String text) {

    /** Compares a counted {@code dimension}, e.g. {@code "purchases"}. */
    static Check of(String dimension, long measured, long threshold) {
        return compared(dimension, measured, threshold, measured >= threshold);
    }

    /** Compares spend; both amounts must be in the same currency. */
    static Check ofSpend(Money measured, Money threshold) {
        return compared("spend", measured, threshold, measured.compareTo(threshold) >= 0);
    }

    private static Check compared(String dimension, Object measured, Object threshold, boolean met) {
        return new Check(met, dimension + " " + measured + (met ? " >= " : " < ") + threshold);
    }
}
