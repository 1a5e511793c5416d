package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.DueLot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque page cursors: the sort key of the last item of a page, so that the next page starts strictly
 * after it (keyset paging) however items change in between. The same text as the in-memory store's.
 */
final class Cursor {

    private static final String MEMBER = "member";

    private Cursor() {}

    /**
     * The sort key of a due lot.
     *
     * @param dueAt its due instant
     * @param member whose lot
     * @param lot its id
     */
    record LotKey(Instant dueAt, MemberId member, long lot) {}

    /** The cursor after {@code lot} in the lot query {@code kind}. */
    static String after(String kind, DueLot lot) {
        return encode(kind + '|' + lot.dueAt().getEpochSecond() + '|' + lot.dueAt().getNano() + '|' + lot.lot() + '|'
                + lot.member().value());
    }

    /** The cursor after {@code member}. */
    static String after(MemberId member) {
        return encode(MEMBER + '|' + member.value());
    }

    /** The lot sort key in {@code cursor}, made by {@link #after(String, DueLot)} for the same {@code kind}. */
    static LotKey lotKey(String kind, String cursor) {
        String[] parts = decode(cursor, kind, 5);
        try {
            Instant dueAt = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return new LotKey(dueAt, new MemberId(parts[4]), Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw malformed(cursor, "a " + kind + " cursor");
        }
    }

    /** The member in {@code cursor}, made by {@link #after(MemberId)}. */
    static MemberId member(String cursor) {
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
