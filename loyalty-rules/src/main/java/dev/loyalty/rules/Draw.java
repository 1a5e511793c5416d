package dev.loyalty.rules;

import dev.loyalty.core.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A lottery draw, recorded so that anyone can re-run it: the candidates (sorted by id), the seed taken
 * from the engine's random source, and the winners that {@link #pick} chooses from them. {@link #verify()}
 * re-runs the draw; the winners' ledger entries record the seed and {@link #candidatesDigest()}.
 *
 * @param lottery the lottery's id
 * @param at when it was drawn
 * @param seed the seed
 * @param candidates every member who could win, sorted by id, each once
 * @param winnerCount how many winners the lottery has
 * @param winners the winners, first prize first
 */
public record Draw(String lottery, Instant at, long seed, List<MemberId> candidates, int winnerCount, List<MemberId> winners) {

    /** Validates the fields and copies the lists. */
    public Draw {
        Objects.requireNonNull(lottery, "lottery");
        Objects.requireNonNull(at, "at");
        candidates = List.copyOf(candidates);
        winners = List.copyOf(winners);
        if (winnerCount < 1) {
            throw new IllegalArgumentException("winnerCount must be >= 1, but was " + winnerCount);
        }
    }

    /** Draws {@code winnerCount} winners from {@code candidates} (sorted here) with {@code seed}. */
    public static Draw of(String lottery, Instant at, long seed, List<MemberId> candidates, int winnerCount) {
        List<MemberId> sorted = candidates.stream().distinct().sorted().toList();
        return new Draw(lottery, at, seed, sorted, winnerCount, pick(seed, sorted, winnerCount));
    }

    /**
     * The winners {@code seed} picks from {@code candidates}: a Fisher-Yates shuffle of the first
     * {@code count} places with {@code new SplittableRandom(seed)} (for place i, swap in the candidate at
     * {@code i + nextInt(size - i)}); everyone wins when there are no more candidates than winners.
     */
    public static List<MemberId> pick(long seed, List<MemberId> candidates, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MemberId> shuffled = new ArrayList<>(candidates);
        int places = Math.min(count, shuffled.size());
        for (int i = 0; i < places; i++) {
            Collections.swap(shuffled, i, i + random.nextInt(shuffled.size() - i));
        }
        return List.copyOf(shuffled.subList(0, places));
    }

    /** Whether the winners are what the seed picks from the candidates, and the candidates are sorted and distinct. */
    public boolean verify() {
        List<MemberId> sorted = candidates.stream().distinct().sorted().toList();
        return sorted.equals(candidates) && pick(seed, candidates, winnerCount).equals(winners);
    }

    /** The SHA-256, in hex, of the candidates' ids, one per line: what the winners' entries record. */
    public String candidatesDigest() {
        StringBuilder text = new StringBuilder();
        candidates.forEach(candidate -> text.append(candidate.value()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
