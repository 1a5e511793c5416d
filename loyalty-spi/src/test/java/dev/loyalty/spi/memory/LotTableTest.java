package dev.loyalty.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.ledger.Lot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LotTableTest {

    private static final Instant EARNED = Instant.parse("2027-01-01T09:00:00Z");

    private final LedgerCodec codec = new LedgerCodec();

    @Test
    void aMergeReplacesLotsByIdAddsNewOnesInIdOrderAndReportsWhatItReplaced() {
        List<String> replaced = new ArrayList<>();
        byte[] table = LotTable.merge(LedgerCodec.EMPTY, List.of(lot(2, 20), lot(1, 10)), codec,
                (old, now) -> replaced.add(old + "->" + now.id()));
        byte[] merged = LotTable.merge(table, List.of(lot(5, 50), lot(2, 7), lot(3, 30), lot(300, 1), lot(3, 3)), codec,
                (old, now) -> replaced.add((old == null ? "new" : Long.toString(old.remaining())) + "->" + now.remaining()));

        assertThat(replaced).containsExactly("null->1", "null->2", "20->7", "new->3", "new->50", "new->1");
        assertThat(LotTable.lots(merged, codec)).containsExactly(lot(1, 10), lot(2, 7), lot(3, 3), lot(5, 50), lot(300, 1));
        assertThat(LotTable.lots(table, codec)).as("the table merged from is never changed").containsExactly(lot(1, 10), lot(2, 20));
        assertThat(LotTable.merge(merged, List.of(), codec, (old, now) -> replaced.add("none"))).isSameAs(merged);
        assertThat(LotTable.lots(LedgerCodec.EMPTY, codec)).isEmpty();
    }

    @Test
    void aLotIsFoundByIdWithoutDecodingTheOthers() {
        byte[] table = LotTable.merge(LedgerCodec.EMPTY, List.of(lot(2, 10), lot(4, 11), lot(900, 12)), codec, (old, now) -> { });

        assertThat(LotTable.lot(table, 2, codec)).contains(lot(2, 10));
        assertThat(LotTable.lot(table, 4, codec)).contains(lot(4, 11));
        assertThat(LotTable.lot(table, 900, codec)).contains(lot(900, 12));
        assertThat(LotTable.lot(table, 1, codec)).isEmpty();
        assertThat(LotTable.lot(table, 5, codec)).isEmpty();
        assertThat(LotTable.lot(table, 901, codec)).isEqualTo(Optional.empty());
        assertThat(LotTable.lot(LedgerCodec.EMPTY, 1, codec)).isEmpty();
    }

    private static Lot lot(long id, long remaining) {
        return new Lot(id, "points", 100, remaining, EARNED, EARNED.plusSeconds(id), EARNED.plusSeconds(86_400 * id),
                id % 2 == 0 ? Lot.State.ACTIVE : Lot.State.PENDING);
    }
}
