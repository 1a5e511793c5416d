package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The compact form in which the store keeps members' entries and lots: a member's ledger is one byte
 * array, each entry prefixed with its length, in sequence order; its lots are another ({@link LotTable}).
 * Point types, reasons and the members that references name are numbered store-wide ({@link Dictionary});
 * an entry with the same request key as the one before it does not repeat it. Decoding gives entries
 * equal to those encoded. Thread-safe.
 *
 * <p>An entry: kind, flags, [request key], point type, amount, at, reason, lots, allocations, debt
 * change, [lot], [reference]. A lot: id, point type, amount, remaining, state and flags, [earned at],
 * [activates at], [expires at] (earned at is left out when it equals the entry's instant, activation
 * when it equals earned at, expiry when the lot never expires).
 */
final class LedgerCodec {

    static final byte[] EMPTY = {};

    private static final EntryKind[] KINDS = EntryKind.values();
    private static final Lot.State[] STATES = Lot.State.values();
    private static final int SAME_KEY = 1;
    private static final int HAS_LOT = 2;
    private static final int HAS_REFERENCE = 4;
    private static final int OWN_REFERENCE = 8;
    private static final int STATE = 3;
    private static final int SAME_EARNED = 4;
    private static final int SAME_ACTIVATION = 8;
    private static final int NEVER_EXPIRES = 16;

    private final Dictionary<String> pointTypes = new Dictionary<>();
    private final Dictionary<Reason> reasons = new Dictionary<>();
    private final Dictionary<MemberId> members = new Dictionary<>();

    /** {@code ledger} (encoded) followed by {@code entries}, encoded. */
    byte[] append(byte[] ledger, List<Entry> entries) {
        if (entries.isEmpty()) {
            return ledger;
        }
        Bytes out = new Bytes(ledger.length + 64 * entries.size());
        out.write(ledger, 0, ledger.length);
        Bytes one = new Bytes(64);
        String key = null;
        for (Entry entry : entries) {
            one.clear();
            encode(entry, entry.requestKey().equals(key), one);
            out.writeSized(one);
            key = entry.requestKey();
        }
        return out.toArray();
    }

    /** The entries {@code first} to {@code first + count - 1} (sequence numbers) of {@code member}'s encoded ledger. */
    Entry[] entries(byte[] ledger, MemberId member, long first, int count) {
        Bytes.Reader in = new Bytes.Reader(ledger, 0);
        int keyAt = -1;
        for (long sequence = 1; sequence < first; sequence++) {
            int length = in.readInt();
            int next = in.at() + length;
            in.read();
            if ((in.read() & SAME_KEY) == 0) {
                keyAt = in.at();
            }
            in.moveTo(next);
        }
        String key = "";
        if (keyAt >= 0) {
            int at = in.at();
            in.moveTo(keyAt);
            key = in.readText();
            in.moveTo(at);
        }
        Entry[] entries = new Entry[count];
        for (int i = 0; i < count; i++) {
            in.readInt();
            entries[i] = decode(in, member, first + i, key);
            key = entries[i].requestKey();
        }
        return entries;
    }

    private void encode(Entry entry, boolean sameKey, Bytes out) {
        Optional<EntryRef> reference = entry.reference();
        boolean own = reference.isPresent() && reference.get().member().equals(entry.member());
        out.write(entry.kind().ordinal());
        out.write((sameKey ? SAME_KEY : 0) | (entry.lot().isPresent() ? HAS_LOT : 0)
                | (reference.isPresent() ? HAS_REFERENCE : 0) | (own ? OWN_REFERENCE : 0));
        if (!sameKey) {
            out.writeText(entry.requestKey());
        }
        out.writeVar(pointTypes.idOf(entry.pointType()));
        out.writeSigned(entry.amount());
        out.writeInstant(entry.at());
        out.writeVar(reasons.idOf(entry.reason()));
        out.writeVar(entry.lots().size());
        for (Lot lot : entry.lots()) {
            encode(lot, entry.at(), out);
        }
        out.writeVar(entry.allocations().size());
        for (Allocation allocation : entry.allocations()) {
            out.writeVar(allocation.lot());
            out.writeSigned(allocation.amount());
        }
        out.writeSigned(entry.debtChange());
        if (entry.lot().isPresent()) {
            out.writeSigned(entry.lot().getAsLong());
        }
        if (reference.isPresent()) {
            if (!own) {
                out.writeVar(members.idOf(reference.get().member()));
            }
            out.writeVar(reference.get().sequence());
        }
    }

    private Entry decode(Bytes.Reader in, MemberId member, long sequence, String previousKey) {
        EntryKind kind = KINDS[in.read()];
        int flags = in.read();
        String key = (flags & SAME_KEY) != 0 ? previousKey : in.readText();
        String pointType = pointTypes.get(in.readInt());
        long amount = in.readSigned();
        Instant at = in.readInstant();
        Reason reason = reasons.get(in.readInt());
        Lot[] lots = new Lot[in.readInt()];
        for (int i = 0; i < lots.length; i++) {
            lots[i] = decodeLot(in, at);
        }
        Allocation[] allocations = new Allocation[in.readInt()];
        for (int i = 0; i < allocations.length; i++) {
            allocations[i] = new Allocation(in.readVar(), in.readSigned());
        }
        long debtChange = in.readSigned();
        OptionalLong lot = (flags & HAS_LOT) != 0 ? OptionalLong.of(in.readSigned()) : OptionalLong.empty();
        Optional<EntryRef> reference = Optional.empty();
        if ((flags & HAS_REFERENCE) != 0) {
            MemberId other = (flags & OWN_REFERENCE) != 0 ? member : members.get(in.readInt());
            reference = Optional.of(new EntryRef(other, in.readVar()));
        }
        return new Entry(member, sequence, kind, pointType, amount, at, reason, key, Arrays.asList(lots),
                Arrays.asList(allocations), debtChange, lot, reference);
    }

    /** Writes {@code lot}; {@code earned} is the instant it leaves out when the lot was earned then. */
    void encode(Lot lot, @Nullable Instant earned, Bytes out) {
        boolean sameEarned = lot.earnedAt().equals(earned);
        boolean sameActivation = lot.activatesAt().equals(lot.earnedAt());
        out.writeVar(lot.id());
        out.writeVar(pointTypes.idOf(lot.pointType()));
        out.writeVar(lot.amount());
        out.writeVar(lot.remaining());
        out.write(lot.state().ordinal() | (sameEarned ? SAME_EARNED : 0) | (sameActivation ? SAME_ACTIVATION : 0)
                | (lot.expires() ? 0 : NEVER_EXPIRES));
        if (!sameEarned) {
            out.writeInstant(lot.earnedAt());
        }
        if (!sameActivation) {
            out.writeInstant(lot.activatesAt());
        }
        if (lot.expires()) {
            out.writeInstant(lot.expiresAt());
        }
    }

    /** Reads a lot that {@link #encode(Lot, Instant, Bytes)} wrote with {@code earned}. */
    Lot decodeLot(Bytes.Reader in, @Nullable Instant earned) {
        long id = in.readVar();
        String pointType = pointTypes.get(in.readInt());
        long amount = in.readVar();
        long remaining = in.readVar();
        int flags = in.read();
        Instant earnedAt = (flags & SAME_EARNED) != 0 && earned != null ? earned : in.readInstant();
        Instant activatesAt = (flags & SAME_ACTIVATION) != 0 ? earnedAt : in.readInstant();
        Instant expiresAt = (flags & NEVER_EXPIRES) != 0 ? Lot.NEVER : in.readInstant();
        return new Lot(id, pointType, amount, remaining, earnedAt, activatesAt, expiresAt, STATES[flags & STATE]);
    }
}
