package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outbox's delivery side: due messages, oldest first, marking them delivered or failed, and withdrawing them. */
final class OutboxRows {

    private static final String DUE = "SELECT member_id, dedupe_key, template, data, created_at, attempts, last_error"
            + " FROM loyalty_outbox WHERE delivered_at IS NULL AND withdrawn = FALSE AND next_attempt_at <= ?"
            + " ORDER BY created_at, member_id, dedupe_key LIMIT ?";
    private static final String DELIVERED = "UPDATE loyalty_outbox SET delivered_at = ?"
            + " WHERE member_id = ? AND dedupe_key = ? AND delivered_at IS NULL";
    private static final String FAILED = "UPDATE loyalty_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
            + " WHERE member_id = ? AND dedupe_key = ? AND delivered_at IS NULL";
    private static final String WITHDRAW = "UPDATE loyalty_outbox SET withdrawn = TRUE"
            + " WHERE member_id = ? AND dedupe_key = ? AND delivered_at IS NULL";
    private static final String EXISTS = "SELECT 1 FROM loyalty_outbox WHERE member_id = ? AND dedupe_key = ?";

    private OutboxRows() {}

    /** At most {@code limit} undelivered messages due at {@code at}, oldest first. */
    static List<PendingMessage> due(Connection connection, Instant at, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setBigDecimal(1, Instants.toColumn(at));
            statement.setInt(2, limit);
            List<PendingMessage> due = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    MemberId member = MemberId.of(rows.getString(1));
                    String data = rows.getString(4);
                    OutboxMessage message = new OutboxMessage(member, rows.getString(2), rows.getString(3),
                            new TextReader(data, "outbox message of member '" + member + "'").map(),
                            Instants.fromColumn(rows.getBigDecimal(5)));
                    due.add(new PendingMessage(message, rows.getInt(6), Optional.ofNullable(rows.getString(7))));
                }
            }
            return due;
        }
    }

    /** Withdraws {@code member}'s messages {@code dedupeKeys} that were not delivered; others are ignored. */
    static void withdraw(Connection connection, MemberId member, List<String> dedupeKeys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WITHDRAW)) {
            for (String key : dedupeKeys) {
                statement.setString(1, member.value());
                statement.setString(2, key);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Marks a message delivered, unless it was. */
    static void delivered(Connection connection, MemberId member, String dedupeKey, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DELIVERED)) {
            statement.setBigDecimal(1, Instants.toColumn(at));
            statement.setString(2, member.value());
            statement.setString(3, dedupeKey);
            if (statement.executeUpdate() == 0) {
                requireMessage(connection, member, dedupeKey);
            }
        }
    }

    /** Records a failed attempt of a message not delivered yet. */
    static void failed(Connection connection, MemberId member, String dedupeKey, Instant retryAt, String error) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FAILED)) {
            statement.setString(1, error);
            statement.setBigDecimal(2, Instants.toColumn(retryAt));
            statement.setString(3, member.value());
            statement.setString(4, dedupeKey);
            if (statement.executeUpdate() == 0) {
                requireMessage(connection, member, dedupeKey);
            }
        }
    }

    private static void requireMessage(Connection connection, MemberId member, String dedupeKey) throws SQLException {
        if (MemberReads.version(connection, member) == 0) {
            throw new UnknownMemberException(member);
        }
        try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
            statement.setString(1, member.value());
            statement.setString(2, dedupeKey);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("member '" + member + "' has no outbox message with dedupe key '" + dedupeKey + "'");
                }
            }
        }
    }
}
