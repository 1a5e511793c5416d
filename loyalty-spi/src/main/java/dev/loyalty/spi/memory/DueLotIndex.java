package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageCursor;
import dev.loyalty.spi.PageRequest;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lots that will fall due (for expiry or for activation), ordered by due instant, member and lot.
 * Changed only under the lot's member's lock; read without locks.
 */
final class DueLotIndex {

    private final ConcurrentSkipListMap<PageCursor.LotKey, DueLot> lots = new ConcurrentSkipListMap<>();
    private final String kind;
    private final Function<Lot, Optional<Instant>> dueAt;

    private DueLotIndex(String kind, Function<Lot, Optional<Instant>> dueAt) {
        this.kind = kind;
        this.dueAt = dueAt;
    }

    /** Lots with something left that are not cancelled and do expire, by expiry instant. */
    static DueLotIndex expiring() {
        return new DueLotIndex("expiring", lot -> lot.remaining() > 0 && lot.state() != Lot.State.CANCELLED && lot.expires()
                ? Optional.of(lot.expiresAt())
                : Optional.empty());
    }

    /** Pending lots with something left, by activation instant. */
    static DueLotIndex activating() {
        return new DueLotIndex("activating", lot -> lot.remaining() > 0 && lot.state() == Lot.State.PENDING
                ? Optional.of(lot.activatesAt())
                : Optional.empty());
    }

    /** Replaces {@code old} (absent for a new lot) with {@code now}, the same lot of {@code member} changed. */
    void replace(MemberId member, @Nullable Lot old, Lot now) {
        if (old != null) {
            dueAt.apply(old).ifPresent(at -> lots.remove(new PageCursor.LotKey(at, member, old.id())));
        }
        dueAt.apply(now).ifPresent(at -> lots.put(new PageCursor.LotKey(at, member, now.id()),
                new DueLot(member, now.id(), now.pointType(), at, now.remaining())));
    }

    /** The page of lots due at or before {@code until}. */
    Page<DueLot> page(Instant until, PageRequest request) {
        Objects.requireNonNull(until, "until");
        NavigableMap<PageCursor.LotKey, DueLot> view = request.after().map(cursor -> PageCursor.lotKey(kind, cursor))
                .<NavigableMap<PageCursor.LotKey, DueLot>>map(after -> lots.tailMap(after, false))
                .orElse(lots);
        return Pages.of(view.values().stream().takeWhile(lot -> !lot.dueAt().isAfter(until)), request, lot -> PageCursor.after(kind, lot));
    }
}
