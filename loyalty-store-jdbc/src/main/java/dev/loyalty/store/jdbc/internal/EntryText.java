package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import java.util.List;
import java.util.OptionalLong;

/** A ledger entry as the text of its {@code body} column (and of receipts), and back, exactly. */
final class EntryText {

    private EntryText() {}

    static String write(Entry entry) {
        TextWriter out = new TextWriter();
        write(out, entry);
        return out.toString();
    }

    static Entry read(String text, String what) {
        return read(new TextReader(text, what));
    }

    /** A lot as the text of its {@code body} column. */
    static String write(Lot lot) {
        TextWriter out = new TextWriter();
        writeLot(out, lot);
        return out.toString();
    }

    /** A lot from the text of its {@code body} column. */
    static Lot readLot(String text, String what) {
        try {
            return readLot(new TextReader(text, what));
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("stored " + what + " is corrupt: " + e.getMessage());
        }
    }

    /** The entries of a receipt. */
    static String writeAll(List<Entry> entries) {
        return new TextWriter().list(entries, EntryText::write).toString();
    }

    /** The entries of a receipt. */
    static List<Entry> readAll(String text, String what) {
        return new TextReader(text, what).list(EntryText::read);
    }

    private static void write(TextWriter out, Entry entry) {
        out.string(entry.member().value()).number(entry.sequence()).string(entry.kind().name())
                .string(entry.pointType()).number(entry.amount()).instant(entry.at());
        out.string(entry.reason().source().name()).string(entry.reason().name()).map(entry.reason().details());
        out.string(entry.requestKey()).list(entry.lots(), EntryText::writeLot)
                .list(entry.allocations(), (w, a) -> w.number(a.lot()).number(a.amount()))
                .number(entry.debtChange());
        out.flag(entry.lot().isPresent());
        entry.lot().ifPresent(out::number);
        out.optional(entry.reference(), (w, ref) -> w.string(ref.member().value()).number(ref.sequence()));
    }

    private static Entry read(TextReader in) {
        try {
            return new Entry(MemberId.of(in.string()), in.number(), EntryKind.valueOf(in.string()), in.string(), in.number(),
                    in.instant(), new Reason(Reason.Source.valueOf(in.string()), in.string(), in.map()), in.string(),
                    in.list(EntryText::readLot), in.list(r -> new Allocation(r.number(), r.number())), in.number(),
                    in.flag() ? OptionalLong.of(in.number()) : OptionalLong.empty(),
                    in.optional(r -> new EntryRef(MemberId.of(r.string()), r.number())));
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("a stored ledger entry is corrupt: " + e.getMessage());
        }
    }

    private static void writeLot(TextWriter out, Lot lot) {
        out.number(lot.id()).string(lot.pointType()).number(lot.amount()).number(lot.remaining())
                .instant(lot.earnedAt()).instant(lot.activatesAt()).instant(lot.expiresAt()).string(lot.state().name());
    }

    private static Lot readLot(TextReader in) {
        return new Lot(in.number(), in.string(), in.number(), in.number(), in.instant(), in.instant(), in.instant(),
                Lot.State.valueOf(in.string()));
    }
}
