package dev.loyalty.rules.internal.handle;

import dev.loyalty.rules.program.RfmConfig;
import java.util.Arrays;
import java.util.List;

/** Scores of 1 to 5 for one measure over the members scored, by rank (quintiles) or by thresholds. */
final class RfmScores {

    private RfmScores() {}

    /**
     * The quintile score of each of {@code values} (higher is better): 1 + 5 × (values lower than it) / n,
     * rounded down, so equal values score alike.
     */
    static int[] quintiles(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, values[i]);
            scores[i] = 1 + (int) (5L * below / n);
        }
        return scores;
    }

    /** The score of {@code value} against four ascending minimums: below the first 1, at least the last 5. */
    static int atLeast(long value, List<Long> thresholds) {
        int score = 1;
        for (long threshold : thresholds) {
            if (value >= threshold) {
                score++;
            }
        }
        return score;
    }

    /** The recency score of {@code days} against four ascending maximums: at most the first 5, above the last 1. */
    static int atMost(long days, List<Long> thresholds) {
        int score = 5;
        for (long threshold : thresholds) {
            if (days > threshold) {
                score--;
            }
        }
        return score;
    }

    /** The segment of scores {@code r}, {@code f}, {@code m}: the first that includes them, else {@code others}. */
    static String segment(RfmConfig config, int r, int f, int m) {
        return config.segments().stream().filter(s -> s.includes(r, f, m)).map(RfmConfig.Segment::id).findFirst().orElse("others");
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
