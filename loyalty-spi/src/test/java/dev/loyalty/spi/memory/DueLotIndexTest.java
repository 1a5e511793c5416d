package dev.loyalty.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueLotIndexTest {

    private static final Instant EARNED = Instant.parse("2027-01-01T09:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2028-01-01T00:00:00Z");

    @Test
    void keysOrderByInstantToTheNanosecondThenMemberThenLot() {
        MemberRecord anna = new MemberRecord(MemberId.of("anna"));
        MemberRecord bob = new MemberRecord(MemberId.of("bob"));
        DueKey first = new DueKey(EXPIRES, bob, 9);
        DueKey nano = new DueKey(EXPIRES.plusNanos(1), anna, 1);
        DueKey annaLater = new DueKey(EXPIRES.plusSeconds(1), anna, 2);
        DueKey bobLater = new DueKey(EXPIRES.plusSeconds(1), bob, 1);
        DueKey bobLast = new DueKey(EXPIRES.plusSeconds(1), bob, 2);

        assertThat(first).isLessThan(nano);
        assertThat(nano).isLessThan(annaLater);
        assertThat(annaLater).isLessThan(bobLater);
        assertThat(bobLater).isLessThan(bobLast);
        assertThat(new DueKey(EXPIRES, new MemberRecord(MemberId.of("bob")), 9)).isEqualByComparingTo(first).isEqualTo(first);
        assertThat(nano.isAfter(EXPIRES)).isTrue();
        assertThat(first.isAfter(EXPIRES)).isFalse();
        assertThat(nano.isAt(EXPIRES.plusNanos(1))).isTrue();
        assertThat(nano.isAt(EXPIRES)).isFalse();
    }

    @Test
    void aPageReportsTheLotAsItsRecordHoldsItAndSkipsALotTheRecordDoesNotHoldAtThatInstant() {
        MemberRecord anna = new MemberRecord(MemberId.of("anna"));
        DueLotIndex index = DueLotIndex.expiring(new LedgerCodec());
        // indexed, but never committed to the record (as if an append had just changed it): not reported
        index.replace(anna, null, new Lot(1, "points", 100, 100, EARNED, EARNED, EXPIRES, Lot.State.ACTIVE));

        assertThat(index.page(EXPIRES, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aLotThatStaysDueAtTheSameInstantKeepsItsPlaceAndReportsWhatIsLeft() {
        Tables tables = Tables.empty();
        MemberRecord anna = tables.record(MemberId.of("anna"));
        Lot lot = new Lot(1, "points", 100, 100, EARNED, EARNED, EXPIRES, Lot.State.ACTIVE);
        Lot spent = new Lot(1, "points", 100, 40, EARNED, EARNED, EXPIRES, Lot.State.ACTIVE);
        synchronized (anna) {
            anna.commit(new MemberRecord.Staged(MemberChange.entries(anna.id(), 1, List.of(), List.of(lot)), Map.of()), tables);
            anna.commit(new MemberRecord.Staged(MemberChange.entries(anna.id(), 1, List.of(), List.of(spent)), Map.of()), tables);
        }

        assertThat(tables.expiring().page(EXPIRES, PageRequest.first(10)).items())
                .containsExactly(new DueLot(anna.id(), 1, "points", EXPIRES, 40));
        assertThat(tables.expiring().page(EXPIRES.minusNanos(1), PageRequest.first(10)).items()).isEmpty();
    }
}
