package dev.loyalty.rules.program;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code rfm} section: recency, frequency and monetary scores from 1 (worst) to 5 (best) over the
 * last {@code months} calendar months, and the named segments built from them. {@code advanceTo}
 * computes them for every member who purchased in the window and stores them as the member attributes
 * {@code rfm.r}, {@code rfm.f}, {@code rfm.m} and {@code rfm.segment} (others lose them), so rules and
 * audiences can use them like any attribute.
 *
 * <ul>
 *   <li>Recency is the member's last activity; frequency the purchases and monetary the spend (in the
 *       program currency's minor units) in the window.
 *   <li>{@code QUINTILES}: a member's score is 1 + 5 × (members with a worse value) / (members scored),
 *       rounded down, so members with equal values score alike.
 *   <li>{@code BINS}: four ascending thresholds per measure: recency in days since the last activity
 *       (at most the first: 5, ... above the last: 1), frequency and monetary as minimums (below the
 *       first: 1, ... at least the last: 5).
 * </ul>
 *
 * @param months the window in calendar months, the current one included, >= 1
 * @param scoring how scores are given
 * @param bins the thresholds, for {@code BINS}
 * @param segments the named segments, first match wins; a scored member matching none is in {@code others}
 */
public record RfmConfig(int months, Scoring scoring, Optional<Bins> bins, List<Segment> segments) {

    /** How scores are given. */
    public enum Scoring {
        /** By rank among the members scored. */
        QUINTILES,
        /** By configured thresholds. */
        BINS
    }

    /** Checks and copies. */
    public RfmConfig {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(bins, "bins");
        segments = List.copyOf(segments);
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, but was " + months);
        }
        if (scoring == Scoring.BINS && bins.isEmpty()) {
            throw new IllegalArgumentException("scoring BINS needs bins");
        }
    }

    /**
     * Thresholds for {@code BINS}, four each, ascending.
     *
     * @param recencyDays days since the last activity
     * @param frequency purchases in the window
     * @param monetary spend in the window, in the currency's minor units
     */
    public record Bins(List<Long> recencyDays, List<Long> frequency, List<Long> monetary) {
        /** Copies. */
        public Bins {
            recencyDays = List.copyOf(recencyDays);
            frequency = List.copyOf(frequency);
            monetary = List.copyOf(monetary);
        }
    }

    /**
     * A named segment: the members whose scores are within every range.
     *
     * @param id the segment's name, stored as {@code rfm.segment}
     * @param recency lowest and highest recency score
     * @param frequency lowest and highest frequency score
     * @param monetary lowest and highest monetary score
     */
    public record Segment(String id, Range recency, Range frequency, Range monetary) {

        /** Whether scores {@code r}, {@code f}, {@code m} are in the segment. */
        public boolean includes(int r, int f, int m) {
            return recency.includes(r) && frequency.includes(f) && monetary.includes(m);
        }
    }

    /**
     * Scores from {@code min} to {@code max}, both included; YAML {@code 4-5} or {@code 3}.
     *
     * @param min 1 to 5
     * @param max min to 5
     */
    public record Range(int min, int max) {

        /** Every score. */
        public static final Range ANY = new Range(1, 5);

        /** Checks the bounds. */
        public Range {
            if (min < 1 || max > 5 || min > max) {
                throw new IllegalArgumentException("a score range must be within 1-5, low to high, but was " + min + "-" + max);
            }
        }

        /** Whether {@code score} is in the range. */
        public boolean includes(int score) {
            return score >= min && score <= max;
        }
    }
}
