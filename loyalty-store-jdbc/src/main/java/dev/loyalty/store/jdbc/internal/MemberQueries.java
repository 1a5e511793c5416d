package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageCursor;
import dev.loyalty.spi.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The member due-work queries, by id, one keyset page at a time: inactive since an instant
 * ({@code last_seen}), tier review due ({@code tier_review_due}), birthday and enrollment day ({@code MM-DD} columns computed at enrollment in the
 * member's own zone), each over an index that leads with the filtered column.
 */
final class MemberQueries {

    private final String firstPage;
    private final String nextPage;

    private MemberQueries(String condition) {
        String select = "SELECT member_id FROM loyalty_member WHERE " + condition;
        this.firstPage = select + " ORDER BY member_id LIMIT ?";
        this.nextPage = select + " AND member_id > ? ORDER BY member_id LIMIT ?";
    }

    /** Members last seen before an instant (a {@code NUMERIC} parameter). */
    static MemberQueries inactive() {
        return new MemberQueries("last_seen < ?");
    }

    /** Members whose tier review is due at or before an instant (a {@code NUMERIC} parameter). */
    static MemberQueries tierReview() {
        return new MemberQueries("tier_review_due <= ?");
    }

    /** Members born on a month-day ({@code MM-DD}). */
    static MemberQueries birthday() {
        return new MemberQueries("birthday_md = ?");
    }

    /** Members enrolled on a month-day ({@code MM-DD}) in their own zone. */
    static MemberQueries enrolled() {
        return new MemberQueries("enrolled_md = ?");
    }

    /** The page of members matching {@code value}. */
    Page<MemberId> page(Connection connection, Object value, PageRequest request) throws SQLException {
        Optional<MemberId> after = request.after().map(PageCursor::member);
        try (PreparedStatement statement = connection.prepareStatement(after.isPresent() ? nextPage : firstPage)) {
            statement.setObject(1, value);
            if (after.isPresent()) {
                statement.setString(2, after.get().value());
            }
            statement.setInt(after.isPresent() ? 3 : 2, request.limit() + 1);
            List<MemberId> members = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(MemberId.of(rows.getString(1)));
                }
            }
            return Pages.of(members, request, PageCursor::after);
        }
    }
}
