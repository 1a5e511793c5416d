package dev.loyalty.spi.memory;

import dev.loyalty.core.ledger.Lot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A member's lots in the compact form of {@link LedgerCodec}: one byte array, the lots in id order, each
 * prefixed with its length so that a lookup by id skips the others without decoding them.
 */
final class LotTable {

    private static final Comparator<Lot> BY_ID = Comparator.comparingLong(Lot::id);

    private LotTable() {}

    /** Every lot of {@code table}, by id. */
    static List<Lot> lots(byte[] table, LedgerCodec codec) {
        List<Lot> lots = new ArrayList<>();
        Bytes.Reader in = new Bytes.Reader(table, 0);
        while (in.hasMore()) {
            in.readInt();
            lots.add(codec.decodeLot(in, null));
        }
        return lots;
    }

    /** The lot {@code id} of {@code table}, if there is one. */
    static Optional<Lot> lot(byte[] table, long id, LedgerCodec codec) {
        Bytes.Reader in = new Bytes.Reader(table, 0);
        while (in.hasMore()) {
            int length = in.readInt();
            int start = in.at();
            long at = in.readVar();
            if (at == id) {
                in.moveTo(start);
                return Optional.of(codec.decodeLot(in, null));
            }
            if (at > id) {
                break;
            }
            in.moveTo(start + length);
        }
        return Optional.empty();
    }

    /**
     * A new table: {@code table} with each lot of {@code changed} replacing the lot with its id, or added
     * (the last one wins if a lot is given twice). Tells {@code replaced} each lot of {@code changed} with
     * the one it replaced (null for a new lot).
     */
    static byte[] merge(byte[] table, List<Lot> changed, LedgerCodec codec, BiConsumer<@Nullable Lot, Lot> replaced) {
        if (changed.isEmpty()) {
            return table;
        }
        List<Lot> sorted = new ArrayList<>(changed);
        sorted.sort(BY_ID); // stable: of two lots with one id, the later stays later
        Bytes out = new Bytes(table.length + 32 * changed.size());
        Bytes one = new Bytes(48);
        Bytes.Reader in = new Bytes.Reader(table, 0);
        int next = 0;
        int at = 0; // where the next old lot starts, at its length
        while (at < table.length || next < sorted.size()) {
            long oldId = Long.MAX_VALUE;
            int length = 0;
            int body = at;
            if (at < table.length) {
                in.moveTo(at);
                length = in.readInt();
                body = in.at();
                oldId = in.readVar();
            }
            if (next < sorted.size() && sorted.get(next).id() <= oldId) {
                Lot lot = sorted.get(next++);
                while (next < sorted.size() && sorted.get(next).id() == lot.id()) {
                    lot = sorted.get(next++);
                }
                Lot old = null;
                if (lot.id() == oldId) {
                    in.moveTo(body);
                    old = codec.decodeLot(in, null);
                    at = body + length;
                }
                one.clear();
                codec.encode(lot, null, one);
                out.writeSized(one);
                replaced.accept(old, lot);
            } else {
                out.write(table, at, body + length - at);
                at = body + length;
            }
        }
        return out.toArray();
    }
}
