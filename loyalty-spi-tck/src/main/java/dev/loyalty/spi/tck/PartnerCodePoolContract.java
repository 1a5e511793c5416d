package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.PartnerCodePool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link PartnerCodePool}: extend it and implement {@link #newPool()}. Codes are drawn
 * in the order added, each at most once, also by racing threads; a draw is idempotent by its key; an
 * empty pool gives nothing and changes nothing.
 */
public abstract class PartnerCodePoolContract {

    private static final MemberId ANN = MemberId.of("ann");
    private static final int RACERS = 16;

    private PartnerCodePool pool;

    /** For subclasses. */
    protected PartnerCodePoolContract() {}

    /** A new pool store with no codes; called before every test. */
    protected abstract PartnerCodePool newPool();

    @BeforeEach
    final void openPool() {
        pool = newPool();
    }

    /** Codes come out in the order they were added; a retried key gets its code again. */
    @Test
    public void required_codesAreDrawnInOrderAndADrawIsIdempotentByKey() {
        pool.add("cinema", List.of("CIN-001", "CIN-002", "CIN-003"));

        assertThat(pool.draw("cinema", ANN, "redeem-1")).as("first draw").contains("CIN-001");
        assertThat(pool.draw("cinema", ANN, "redeem-2")).as("second draw").contains("CIN-002");
        assertThat(pool.draw("cinema", ANN, "redeem-1")).as("the first key again").contains("CIN-001");
        assertThat(pool.remaining("cinema")).as("codes left").isEqualTo(1);
        assertThat(pool.remaining("theatre")).as("a pool never filled").isZero();
    }

    /** An empty pool gives nothing, and a code added twice to a pool is an error. */
    @Test
    public void required_anEmptyPoolGivesNothingAndChangesNothing() {
        pool.add("cinema", List.of("CIN-001"));
        pool.draw("cinema", ANN, "redeem-1");

        assertThat(pool.draw("cinema", ANN, "redeem-2")).as("a draw from an empty pool").isEmpty();
        assertThat(pool.draw("theatre", ANN, "redeem-3")).as("a draw from a pool never filled").isEmpty();
        pool.add("cinema", List.of("CIN-002"));
        assertThat(pool.draw("cinema", ANN, "redeem-2")).as("the refused key, once the pool is refilled").contains("CIN-002");
        assertThatThrownBy(() -> pool.add("cinema", List.of("CIN-001"))).as("adding CIN-001 again")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CIN-001");
    }

    /** {@value #RACERS} threads drawing 40 times from a pool of 10: exactly 10 distinct codes are given. */
    @Test
    public void required_racingDrawsGiveEachCodeOnce() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            codes.add(String.format("CIN-%03d", i));
        }
        pool.add("cinema", codes);
        List<Callable<Optional<String>>> draws = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "redeem-" + i;
            draws.add(() -> pool.draw("cinema", MemberId.of("m" + key), key));
        }

        List<Optional<String>> results = Racing.race(draws, RACERS);

        assertThat(results.stream().flatMap(Optional::stream).toList()).as("codes drawn by racing threads")
                .hasSize(10).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(pool.remaining("cinema")).as("codes left").isZero();
    }
}
