package dev.loyalty.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.ledger.Lot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotsTest {

    private static final Instant EARNED = Instant.parse("2027-01-01T09:00:00Z");

    @Test
    void aMergeReplacesLotsByIdAndKeepsTheArraySorted() {
        Lot[] lots = Lots.merge(new Lot[0], List.of(lot(1, 10), lot(2, 20)));
        Lot[] merged = Lots.merge(lots, List.of(lot(5, 50), lot(2, 7), lot(3, 30)));

        assertThat(merged).extracting(Lot::id).containsExactly(1L, 2L, 3L, 5L);
        assertThat(merged).extracting(Lot::remaining).containsExactly(10L, 7L, 30L, 50L);
        assertThat(lots).extracting(Lot::remaining).as("the array merged from is never changed").containsExactly(10L, 20L);
        assertThat(Lots.merge(merged, List.of())).isSameAs(merged);
    }

    @Test
    void aLotIsFoundByBinarySearch() {
        Lot[] lots = Lots.merge(new Lot[0], List.of(lot(2, 10), lot(4, 10), lot(9, 10)));

        assertThat(Lots.indexOf(lots, 2)).isZero();
        assertThat(Lots.indexOf(lots, 4)).isEqualTo(1);
        assertThat(Lots.indexOf(lots, 9)).isEqualTo(2);
        assertThat(Lots.indexOf(lots, 1)).isNegative();
        assertThat(Lots.indexOf(lots, 5)).isNegative();
        assertThat(Lots.indexOf(lots, 10)).isNegative();
        assertThat(Lots.indexOf(new Lot[0], 1)).isNegative();
    }

    private static Lot lot(long id, long remaining) {
        return new Lot(id, "points", 100, remaining, EARNED, EARNED, Lot.NEVER, Lot.State.ACTIVE);
    }
}
