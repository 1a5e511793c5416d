package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes what one member change adds besides the member row: entries, lots as the change leaves them,
 * counter deltas (a counter back at zero stays, and loads skip it), tier changes and outbox messages. Runs after the member's version step, while the
 * append's transaction holds the member's row lock, so no other append writes these rows meanwhile.
 */
final class LedgerRows {

    private static final String ENTRY = "INSERT INTO loyalty_entry (member_id, entry_seq, kind, point_type, amount, entry_at,"
            + " request_key, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TIER_CHANGE = "INSERT INTO loyalty_tier_change (member_id, member_version, change_index, body)"
            + " VALUES (?, ?, ?, ?)";
    private static final String MESSAGE = "INSERT INTO loyalty_outbox (member_id, dedupe_key, template, data, created_at, attempts,"
            + " last_error, next_attempt_at, delivered_at) SELECT ?, ?, ?, ?, ?, 0, NULL, ?, NULL WHERE NOT EXISTS"
            + " (SELECT 1 FROM loyalty_outbox WHERE member_id = ? AND dedupe_key = ?)";

    private LedgerRows() {}

    /** Writes everything of {@code change} but the member row. */
    static void write(Connection connection, Dialect dialect, MemberChange change) throws SQLException {
        if (!change.entries().isEmpty()) {
            entries(connection, change);
        }
        if (!change.lots().isEmpty()) {
            lots(connection, dialect, change);
        }
        if (!change.counterDeltas().isEmpty()) {
            counters(connection, dialect, change);
        }
        if (!change.tierChanges().isEmpty()) {
            tierChanges(connection, change);
        }
        if (!change.messages().isEmpty()) {
            messages(connection, change);
        }
        if (!change.withdrawn().isEmpty()) {
            OutboxRows.withdraw(connection, change.member(), change.withdrawn());
        }
    }

    private static void entries(Connection connection, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ENTRY)) {
            for (Entry entry : change.entries()) {
                statement.setString(1, entry.member().value());
                statement.setLong(2, entry.sequence());
                statement.setString(3, entry.kind().name());
                statement.setString(4, entry.pointType());
                statement.setLong(5, entry.amount());
                statement.setBigDecimal(6, Instants.toColumn(entry.at()));
                statement.setString(7, entry.requestKey());
                statement.setString(8, EntryText.write(entry));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void lots(Connection connection, Dialect dialect, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(dialect.upsertLot())) {
            for (Lot lot : change.lots()) {
                LotRows.bind(statement, change.member(), lot, change.expectedVersion() + 1);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void counters(Connection connection, Dialect dialect, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(dialect.addToCounter())) {
            for (Map.Entry<String, Long> delta : change.counterDeltas().entrySet()) {
                statement.setString(1, change.member().value());
                statement.setString(2, delta.getKey());
                statement.setLong(3, delta.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            if (SqlFailures.OUT_OF_RANGE.equals(e.getSQLState())) {
                throw new IllegalArgumentException("a counter of member '" + change.member() + "' would overflow: "
                        + change.counterDeltas(), e);
            }
            throw e;
        }
    }

    private static void tierChanges(Connection connection, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TIER_CHANGE)) {
            int index = 0;
            for (TierChange tierChange : change.tierChanges()) {
                statement.setString(1, change.member().value());
                statement.setLong(2, change.expectedVersion() + 1);
                statement.setInt(3, index++);
                statement.setString(4, ProfileText.write(tierChange));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void messages(Connection connection, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MESSAGE)) {
            for (OutboxMessage message : change.messages()) {
                var createdAt = Instants.toColumn(message.createdAt());
                statement.setString(1, message.member().value());
                statement.setString(2, message.dedupeKey());
                statement.setString(3, message.template());
                statement.setString(4, new TextWriter().map(message.data()).toString());
                statement.setBigDecimal(5, createdAt);
                statement.setBigDecimal(6, createdAt);
                statement.setString(7, message.member().value());
                statement.setString(8, message.dedupeKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
