package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.Receipt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Receipts of applied appends, keyed by owner and request key: the idempotency records. */
final class Receipts {

    private static final String FIND = "SELECT fingerprint, entries FROM loyalty_receipt WHERE member_id = ? AND request_key = ?";
    private static final String INSERT = "INSERT INTO loyalty_receipt (member_id, request_key, fingerprint, entries) VALUES (?, ?, ?, ?)";

    private Receipts() {}

    /** The receipt of {@code owner}'s request {@code requestKey}, if one was applied. */
    static Optional<Receipt> find(Connection connection, MemberId owner, String requestKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, owner.value());
            statement.setString(2, requestKey);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String what = "receipt of request '" + requestKey + "' of member '" + owner + "'";
                return Optional.of(new Receipt(owner, requestKey, rows.getString(1), EntryText.readAll(rows.getString(2), what)));
            }
        }
    }

    /** Records {@code receipt}; fails with a unique violation if its key was recorded before. */
    static void insert(Connection connection, Receipt receipt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, receipt.owner().value());
            statement.setString(2, receipt.requestKey());
            statement.setString(3, receipt.fingerprint());
            statement.setString(4, EntryText.writeAll(receipt.entries()));
            statement.executeUpdate();
        }
    }
}
