package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageCursor;
import dev.loyalty.spi.PageRequest;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lots that will fall due (for expiry or for activation), ordered by due instant, member and lot.
 * Keeps only each lot's place ({@link DueKey}); a page reads the lot itself from its member's record, so
 * it reports the lot as it is now. Changed only under the lot's member's lock; read without locks.
 */
final class DueLotIndex {

    private final ConcurrentSkipListSet<DueKey> keys = new ConcurrentSkipListSet<>();
    private final String kind;
    private final Function<Lot, Optional<Instant>> dueAt;
    private final LedgerCodec codec;

    private DueLotIndex(String kind, Function<Lot, Optional<Instant>> dueAt, LedgerCodec codec) {
        this.kind = kind;
        this.dueAt = dueAt;
        this.codec = codec;
    }

    /** Lots with something left that are not cancelled and do expire, by expiry instant; the records' lots are in {@code codec}'s form. */
    static DueLotIndex expiring(LedgerCodec codec) {
        return new DueLotIndex("expiring", lot -> lot.remaining() > 0 && lot.state() != Lot.State.CANCELLED && lot.expires()
                ? Optional.of(lot.expiresAt())
                : Optional.empty(), codec);
    }

    /** Pending lots with something left, by activation instant; the records' lots are in {@code codec}'s form. */
    static DueLotIndex activating(LedgerCodec codec) {
        return new DueLotIndex("activating", lot -> lot.remaining() > 0 && lot.state() == Lot.State.PENDING
                ? Optional.of(lot.activatesAt())
                : Optional.empty(), codec);
    }

    /** Replaces {@code old} (absent for a new lot) with {@code now}, the same lot of {@code record} changed. */
    void replace(MemberRecord record, @Nullable Lot old, Lot now) {
        Optional<Instant> before = old == null ? Optional.empty() : dueAt.apply(old);
        Optional<Instant> after = dueAt.apply(now);
        if (before.equals(after)) {
            return; // still due at the same instant (or still not due): its place is unchanged
        }
        before.ifPresent(at -> keys.remove(new DueKey(at, record, now.id())));
        after.ifPresent(at -> keys.add(new DueKey(at, record, now.id())));
    }

    /** The page of lots due at or before {@code until}. */
    Page<DueLot> page(Instant until, PageRequest request) {
        Objects.requireNonNull(until, "until");
        NavigableSet<DueKey> view = request.after().map(cursor -> PageCursor.lotKey(kind, cursor))
                .<NavigableSet<DueKey>>map(after -> keys.tailSet(probe(after), false))
                .orElse(keys);
        return Pages.of(view.stream().takeWhile(key -> !key.isAfter(until)).map(this::due).flatMap(Optional::stream),
                request, lot -> PageCursor.after(kind, lot));
    }

    /** The lot at {@code key} as it is now, if it is still due at that instant (an append may have just changed it). */
    private Optional<DueLot> due(DueKey key) {
        MemberRecord record = key.record();
        return record.lot(key.lot(), codec)
                .flatMap(lot -> dueAt.apply(lot).filter(key::isAt)
                        .map(at -> new DueLot(record.id(), lot.id(), lot.pointType(), at, lot.remaining())));
    }

    private static DueKey probe(PageCursor.LotKey after) {
        MemberId member = after.member();
        return new DueKey(after.dueAt(), new MemberRecord(member), after.lot());
    }
}
