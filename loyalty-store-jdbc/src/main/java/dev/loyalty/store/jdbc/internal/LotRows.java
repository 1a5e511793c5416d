package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Lot;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * A lot as a row of {@code loyalty_lot} ({@link Columns#LOT}), with the two due columns the sweeps'
 * indexes use: set exactly when the in-memory store would list the lot as due. The whole lot is also kept
 * as text in {@code body}, which loads read.
 */
final class LotRows {

    private LotRows() {}

    /**
     * Binds the 13 parameters of {@link Columns#LOT} for {@code lot} of {@code member}, written by the
     * append that takes the member to {@code version} ({@code changed_in}, which incremental loads read).
     */
    static void bind(PreparedStatement statement, MemberId member, Lot lot, long version) throws SQLException {
        statement.setString(1, member.value());
        statement.setLong(2, lot.id());
        statement.setString(3, lot.pointType());
        statement.setLong(4, lot.amount());
        statement.setLong(5, lot.remaining());
        statement.setString(6, lot.state().name());
        statement.setBigDecimal(7, Instants.toColumn(lot.earnedAt()));
        statement.setBigDecimal(8, Instants.toColumn(lot.activatesAt()));
        statement.setBigDecimal(9, Instants.toColumn(lot.expiresAt()));
        setInstant(statement, 10, expiryDue(lot));
        setInstant(statement, 11, activationDue(lot));
        statement.setLong(12, version);
        statement.setString(13, EntryText.write(lot));
    }

    /** When the lot is due to expire: it has points left, is not cancelled, and expires. */
    static Optional<Instant> expiryDue(Lot lot) {
        return lot.remaining() > 0 && lot.state() != Lot.State.CANCELLED && lot.expires() ? Optional.of(lot.expiresAt()) : Optional.empty();
    }

    /** When the lot is due to activate: it is pending with points left. */
    static Optional<Instant> activationDue(Lot lot) {
        return lot.remaining() > 0 && lot.state() == Lot.State.PENDING ? Optional.of(lot.activatesAt()) : Optional.empty();
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            statement.setBigDecimal(index, Instants.toColumn(value.get()));
        } else {
            statement.setNull(index, Types.NUMERIC);
        }
    }
}
