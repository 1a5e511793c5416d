package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.IssuedCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Issued codes in {@code loyalty_code}, keyed by their text: a code issued twice is a unique violation. */
final class CodeRows {

    private static final String INSERT = "INSERT INTO loyalty_code (code, member_id, reward, code_value, issued_at, expires_at,"
            + " request_key) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT member_id, reward, code_value, issued_at, expires_at, request_key"
            + " FROM loyalty_code WHERE code = ?";

    private CodeRows() {}

    /**
     * Throws {@link IllegalArgumentException} if {@code append} issues a code that was issued before (a
     * concurrent append that issues it too fails on the key, is retried, and then fails here).
     */
    static void checkNew(Connection connection, Append append) throws SQLException {
        for (IssuedCode code : append.codes()) {
            if (find(connection, code.code()).isPresent()) {
                throw new IllegalArgumentException("code '" + code.code() + "' was issued before; append '"
                        + append.requestKey() + "' was not applied");
            }
        }
    }

    /** Inserts {@code codes} in the append's transaction. */
    static void insert(Connection connection, List<IssuedCode> codes) throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (IssuedCode code : codes) {
                statement.setString(1, code.code());
                statement.setString(2, code.member().value());
                statement.setString(3, code.reward());
                statement.setLong(4, code.value());
                statement.setBigDecimal(5, Instants.toColumn(code.issuedAt()));
                statement.setBigDecimal(6, Instants.toColumn(code.expiresAt()));
                statement.setString(7, code.requestKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The code {@code code}, if it was issued. */
    static Optional<IssuedCode> find(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IssuedCode(code, MemberId.of(rows.getString(1)), rows.getString(2), rows.getLong(3),
                        Instants.fromColumn(rows.getBigDecimal(4)), Instants.fromColumn(rows.getBigDecimal(5)), rows.getString(6)));
            }
        }
    }
}
