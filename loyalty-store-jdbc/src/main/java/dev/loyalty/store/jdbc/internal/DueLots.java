package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageCursor;
import dev.loyalty.spi.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sweeps' queries: lots due to expire or to activate by an instant, in (due, member, lot) order, one
 * keyset page at a time over the index on ({@code due column}, member_id, lot_id).
 */
public final class DueLots {

    private final String kind;
    private final String firstPage;
    private final String nextPage;

    private DueLots(String kind, String column) {
        this.kind = kind;
        String select = "SELECT member_id, lot_id, point_type, " + column + ", remaining FROM loyalty_lot WHERE " + column
                + " IS NOT NULL AND " + column + " <= ?";
        String order = " ORDER BY " + column + ", member_id, lot_id LIMIT ?";
        this.firstPage = select + order;
        this.nextPage = select + " AND (" + column + ", member_id, lot_id) > (?, ?, ?)" + order;
    }

    /** Lots with points left that will expire, by expiry. */
    static DueLots expiring() {
        return new DueLots("expiring", "expiry_due");
    }

    /** Pending lots with points left, by activation. */
    static DueLots activating() {
        return new DueLots("activating", "activation_due");
    }

    /** The first page's SQL, for an {@code EXPLAIN}: parameters are the instant and the row limit. */
    public static String expirySweepSql() {
        return expiring().firstPage;
    }

    /** The page of lots due at or before {@code until}. */
    Page<DueLot> page(Connection connection, Instant until, PageRequest request) throws SQLException {
        Objects.requireNonNull(until, "until");
        Optional<PageCursor.LotKey> after = request.after().map(cursor -> PageCursor.lotKey(kind, cursor));
        try (PreparedStatement statement = connection.prepareStatement(after.isPresent() ? nextPage : firstPage)) {
            int i = 1;
            statement.setBigDecimal(i++, Instants.toColumn(until));
            if (after.isPresent()) {
                statement.setBigDecimal(i++, Instants.toColumn(after.get().dueAt()));
                statement.setString(i++, after.get().member().value());
                statement.setLong(i++, after.get().lot());
            }
            statement.setInt(i, request.limit() + 1);
            List<DueLot> lots = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lots.add(new DueLot(MemberId.of(rows.getString(1)), rows.getLong(2), rows.getString(3),
                            Instants.fromColumn(rows.getBigDecimal(4)), rows.getLong(5)));
                }
            }
            return Pages.of(lots, request, lot -> PageCursor.after(kind, lot));
        }
    }
}
