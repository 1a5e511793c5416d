package dev.loyalty.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LedgerCodecTest {

    private static final MemberId ANNA = MemberId.of("anna");
    private static final MemberId BOB = MemberId.of("bob");
    private static final Instant AT = Instant.parse("2027-01-01T09:00:00.123456789Z");
    private static final Instant LATER = Instant.parse("2027-02-01T00:00:00Z");
    private static final Instant BEFORE_1970 = Instant.parse("1969-12-31T23:59:59.5Z");

    private final LedgerCodec codec = new LedgerCodec();

    /** One entry of each shape: lots in every state and expiry, allocations, debt, lot, own and other references. */
    static List<Entry> ledger() {
        Lot active = new Lot(1, "points", 100, 100, AT, AT, LATER, Lot.State.ACTIVE);
        Lot pending = new Lot(2, "points", 50, 50, AT, LATER, Lot.NEVER, Lot.State.PENDING);
        Lot earlier = new Lot(3, "status", 7, 0, BEFORE_1970, LATER, Instant.MAX, Lot.State.CANCELLED);
        Reason campaign = new Reason(Reason.Source.CAMPAIGN, "beans-double", Map.of("program", "coffee-club@3", "a", "é ü"));
        return List.of(
                entry(1, EntryKind.EARNED, "points", 150, AT, Reason.rule("base earn"), "order-1", List.of(active, pending),
                        List.of(), 0, OptionalLong.empty(), Optional.empty()),
                entry(2, EntryKind.EARNED, "status", 7, AT, campaign, "order-1", List.of(earlier), List.of(), 0,
                        OptionalLong.empty(), Optional.empty()),
                entry(3, EntryKind.REDEEMED, "points", -130, LATER, Reason.of(Reason.Source.REWARD, "twenty-off"), "redeem-1",
                        List.of(), List.of(new Allocation(1, -100)), 30, OptionalLong.empty(), Optional.empty()),
                entry(4, EntryKind.REVERSED, "points", 100, LATER, Reason.request("refund"), "refund-1", List.of(),
                        List.of(new Allocation(1, 100)), 0, OptionalLong.empty(), Optional.of(new EntryRef(ANNA, 3))),
                entry(5, EntryKind.ACTIVATED, "points", 50, LATER, Reason.system("activation"), "activate@x", List.of(), List.of(),
                        0, OptionalLong.of(2), Optional.empty()),
                entry(6, EntryKind.TRANSFERRED_OUT, "points", -20, BEFORE_1970, Reason.operator("ops", "gift"), "transfer-1",
                        List.of(), List.of(new Allocation(1, -20)), 0, OptionalLong.empty(),
                        Optional.of(new EntryRef(BOB, 12_345_678_901L))));
    }

    @Test
    void entriesDecodeEqualToWhatWasEncodedAppendAfterAppend() {
        List<Entry> ledger = ledger();
        byte[] encoded = codec.append(LedgerCodec.EMPTY, ledger.subList(0, 2));
        encoded = codec.append(encoded, List.of());
        encoded = codec.append(encoded, ledger.subList(2, 6));

        assertThat(codec.entries(encoded, ANNA, 1, 6)).containsExactlyElementsOf(ledger);
        assertThat(codec.entries(encoded, ANNA, 1, 6)[1].reason().details()).containsExactly(
                Map.entry("a", "é ü"), Map.entry("program", "coffee-club@3"));
    }

    @Test
    void anyRunOfEntriesDecodesAloneAlsoOneThatSharesTheKeyOfTheEntryBeforeIt() {
        List<Entry> ledger = ledger();
        byte[] encoded = codec.append(LedgerCodec.EMPTY, ledger);

        assertThat(codec.entries(encoded, ANNA, 2, 1)).containsExactly(ledger.get(1));
        assertThat(codec.entries(encoded, ANNA, 3, 3)).containsExactlyElementsOf(ledger.subList(2, 5));
        assertThat(codec.entries(encoded, ANNA, 6, 1)).containsExactly(ledger.get(5));
        assertThat(codec.entries(encoded, ANNA, 7, 0)).isEmpty();
        Entry[] first = codec.entries(encoded, ANNA, 1, 2);
        assertThat(first[1].requestKey()).as("one key decoded once for the entries sharing it").isSameAs(first[0].requestKey());
    }

    @Test
    void everyDecodedEntryOfAReasonSharesOneInstanceOfIt() {
        List<Entry> ledger = ledger();
        byte[] encoded = codec.append(LedgerCodec.EMPTY, ledger);

        assertThat(codec.entries(encoded, ANNA, 1, 1)[0].reason()).isSameAs(codec.entries(encoded, ANNA, 1, 1)[0].reason());
        assertThat(encoded.length).as("bytes for six entries and three lots").isLessThan(260);
    }

    static Entry entry(long sequence, EntryKind kind, String pointType, long amount, Instant at, Reason reason, String key,
            List<Lot> lots, List<Allocation> allocations, long debtChange, OptionalLong lot, Optional<EntryRef> reference) {
        return new Entry(ANNA, sequence, kind, pointType, amount, at, reason, key, lots, allocations, debtChange, lot, reference);
    }
}
