package dev.loyalty.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
    void aLotEqualToOneCreatedIsThatInstanceAndAChangedOneIsDecoded() {
        Lot never = new Lot(7, "points", 100, 100, EARNED, EARNED, Lot.NEVER, Lot.State.ACTIVE);
        List<Lot> created = List.of(lot(1, 100), lot(2, 100), lot(3, 100), never, lot(8, 100));
        byte[] table = LotTable.merge(LedgerCodec.EMPTY, created, codec, (old, now) -> { });
        table = LotTable.merge(table, List.of(lot(2, 40)), codec, (old, now) -> { });
        Lot[] index = new Lot[9];
        created.forEach(lot -> index[(int) lot.id()] = lot);
        index[8] = new Lot(8, "status", 100, 100, EARNED, EARNED.plusSeconds(8), EARNED.plusSeconds(86_400 * 8), Lot.State.ACTIVE);
        index[3] = lot(3, 99);

        List<Lot> lots = LotTable.lots(table, codec, index);

        assertThat(lots).containsExactly(lot(1, 100), lot(2, 40), lot(3, 100), never, lot(8, 100));
        assertThat(lots.get(0)).isSameAs(created.get(0));
        assertThat(lots.get(1)).as("changed since created").isNotSameAs(created.get(1));
        assertThat(lots.get(2)).as("differs from the one given").isNotSameAs(index[3]).isNotSameAs(created.get(2));
        assertThat(lots.get(3)).isSameAs(never);
        assertThat(lots.get(4)).as("another point type").isNotSameAs(index[8]);
        assertThat(LotTable.lots(table, codec, new Lot[2])).isEqualTo(lots);
    }

    @Test
    void lotsCreatedAreIndexedByIdUnlessTheIdsAreTooSparse() {
        Entry dense = earn(1, lot(1, 100), lot(3, 100));
        Entry sparse = earn(1, lot(1, 100), lot(1_000, 100));

        assertThat(LedgerCodec.created(new Entry[] {dense})).containsExactly(null, lot(1, 100), null, lot(3, 100));
        assertThat(LedgerCodec.created(new Entry[] {sparse})).isEmpty();
        assertThat(LedgerCodec.created(new Entry[0])).isEmpty();
    }

    private static Entry earn(long sequence, Lot... lots) {
        long amount = 0;
        for (Lot lot : lots) {
            amount += lot.amount();
        }
        return new Entry(MemberId.of("anna"), sequence, EntryKind.EARNED, "points", amount, EARNED, Reason.rule("base earn"), "order-1",
                List.of(lots), List.of(), 0, OptionalLong.empty(), Optional.empty());
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
