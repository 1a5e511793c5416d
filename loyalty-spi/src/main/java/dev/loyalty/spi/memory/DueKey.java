package dev.loyalty.spi.memory;

import java.time.Instant;

/**
 * A due lot's place in a {@link DueLotIndex}: due instant, member and lot id, in that order. Holds the
 * member's record rather than a copy of the lot, and the instant as two numbers rather than an object,
 * because the index keeps one of these for every lot that will fall due.
 */
final class DueKey implements Comparable<DueKey> {

    private final long seconds;
    private final int nanos;
    private final MemberRecord record;
    private final long lot;

    DueKey(Instant dueAt, MemberRecord record, long lot) {
        this.seconds = dueAt.getEpochSecond();
        this.nanos = dueAt.getNano();
        this.record = record;
        this.lot = lot;
    }

    MemberRecord record() {
        return record;
    }

    long lot() {
        return lot;
    }

    /** Whether the lot falls due at {@code at}. */
    boolean isAt(Instant at) {
        return at.getEpochSecond() == seconds && at.getNano() == nanos;
    }

    /** Whether the lot falls due after {@code at}. */
    boolean isAfter(Instant at) {
        return seconds != at.getEpochSecond() ? seconds > at.getEpochSecond() : nanos > at.getNano();
    }

    @Override
    public int compareTo(DueKey other) {
        int order = Long.compare(seconds, other.seconds);
        if (order == 0) {
            order = Integer.compare(nanos, other.nanos);
        }
        if (order == 0 && record != other.record) {
            order = record.id().compareTo(other.record.id());
        }
        return order != 0 ? order : Long.compare(lot, other.lot);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DueKey key && compareTo(key) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seconds) * 31 + Long.hashCode(lot);
    }

    @Override
    public String toString() {
        return Instant.ofEpochSecond(seconds, nanos) + "/" + record.id() + "/" + lot;
    }
}
