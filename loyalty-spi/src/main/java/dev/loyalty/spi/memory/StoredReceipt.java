package dev.loyalty.spi.memory;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.spi.Receipt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A receipt as the store keeps it: its fingerprint and where its entries are in the members' ledgers,
 * not the entries themselves. One of these per member the append changed, in the append's order.
 */
final class StoredReceipt {

    private final String fingerprint;
    private final MemberRecord record;
    private final long first;
    private final int count;
    private final @Nullable StoredReceipt next;

    /**
     * @param first the sequence number of the first entry the append added to {@code record}'s ledger
     * @param count how many it added
     * @param next the same for the append's next member
     */
    StoredReceipt(String fingerprint, MemberRecord record, long first, int count, @Nullable StoredReceipt next) {
        this.fingerprint = fingerprint;
        this.record = record;
        this.first = first;
        this.count = count;
        this.next = next;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** The receipt, its entries decoded from the ledgers; readable without locks. */
    Receipt receipt(ReceiptKey key, LedgerCodec codec) {
        List<Entry> entries = new ArrayList<>();
        for (StoredReceipt part = this; part != null; part = part.next) {
            entries.addAll(Arrays.asList(part.record.entries(part.first, part.count, codec)));
        }
        return new Receipt(key.owner(), key.requestKey(), fingerprint, entries);
    }
}
