package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.util.Comparator;

/**
 * The sort key of a due lot: due instant, member, lot id.
 *
 * @param dueAt the expiry or activation instant
 * @param member whose lot
 * @param lot the lot's id
 */
record LotKey(Instant dueAt, MemberId member, long lot) implements Comparable<LotKey> {

    private static final Comparator<LotKey> ORDER = Comparator.comparing(LotKey::dueAt)
            .thenComparing(LotKey::member)
            .thenComparingLong(LotKey::lot);

    @Override
    public int compareTo(LotKey other) {
        return ORDER.compare(this, other);
    }
}
