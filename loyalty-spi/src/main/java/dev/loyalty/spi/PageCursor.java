package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * The opaque page cursors of due-work queries ({@link PageRequest#after()}), for store implementations:
 * a cursor holds the sort key of the last item of a page, so that the next page starts strictly after it
 * (keyset paging) however items change in between. The in-memory and JDBC stores both use it, so their
 * cursors are the same text; a store may use its own format instead.
 */
public final class PageCursor {

    private static final String MEMBER = "member";

    private PageCursor() {}

    /**
     * The sort key of a due lot, in the order due-lot queries return lots: due instant, member, lot id.
     *
     * @param dueAt the expiry or activation instant
     * @param member whose lot
     * @param lot the lot's id
     */
    public record LotKey(Instant dueAt, MemberId member, long lot) implements Comparable<LotKey> {

        private static final Comparator<LotKey> ORDER = Comparator.comparing(LotKey::dueAt)
                .thenComparing(LotKey::member)
                .thenComparingLong(LotKey::lot);

        @Override
        public int compareTo(LotKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** The cursor after {@code lot} in the lot query {@code kind}, e.g. {@code "expiring"}. */
    public static String after(String kind, DueLot lot) {
        return encode(kind + '|' + lot.dueAt().getEpochSecond() + '|' + lot.dueAt().getNano() + '|' + lot.lot() + '|'
                + lot.member().value());
    }

    /** The cursor after {@code member} in a member query. */
    public static String after(MemberId member) {
        return encode(MEMBER + '|' + member.value());
    }

    /**
     * The lot sort key in {@code cursor}, made by {@link #after(String, DueLot)} for the same {@code kind}.
     *
     * @throws IllegalArgumentException if {@code cursor} was not made so
     */
    public static LotKey lotKey(String kind, String cursor) {
        String[] parts = decode(cursor, kind, 5);
        try {
            Instant dueAt = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return new LotKey(dueAt, new MemberId(parts[4]), Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw malformed(cursor, "a " + kind + " cursor");
        }
    }

    /**
     * The member in {@code cursor}, made by {@link #after(MemberId)}.
     *
     * @throws IllegalArgumentException if {@code cursor} was not made so
     */
    public static MemberId member(String cursor) {
        String[] parts = decode(cursor, MEMBER, 2);
        try {
            return new MemberId(parts[1]);
        } catch (IllegalArgumentException e) {
            throw malformed(cursor, "a member cursor");
        }
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor, String kind, int fields) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(cursor, "a " + kind + " cursor");
        }
        String[] parts = text.split("\\|", fields);
        if (parts.length != fields || !parts[0].equals(kind)) {
            throw malformed(cursor, "a " + kind + " cursor");
        }
        return parts;
    }

    private static IllegalArgumentException malformed(String cursor, String expected) {
        return new IllegalArgumentException("page cursor '" + cursor + "' is not " + expected
                + " of this query; pass the 'next' of the previous page unchanged");
    }
}
