package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.PartnerCodePool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Partner code pools in {@code loyalty_partner_code}. A draw is one transaction: the key's code if it drew
 * one before, else the first free code taken by a conditional update ({@code WHERE request_key IS NULL}),
 * trying the next free one when a concurrent draw took it first. The unique key on (pool, request key)
 * makes racing draws under one key retry and find the code the first one drew.
 */
public final class SqlPartnerCodes implements PartnerCodePool {

    private static final String BY_KEY = "SELECT code FROM loyalty_partner_code WHERE pool = ? AND request_key = ?";
    private static final String FIRST_FREE = "SELECT seq, code FROM loyalty_partner_code WHERE pool = ? AND request_key IS NULL"
            + " ORDER BY seq FETCH FIRST 1 ROWS ONLY";
    private static final String TAKE = "UPDATE loyalty_partner_code SET request_key = ?, member_id = ?"
            + " WHERE pool = ? AND seq = ? AND request_key IS NULL";
    private static final String HAS = "SELECT 1 FROM loyalty_partner_code WHERE pool = ? AND code = ?";
    private static final String LAST = "SELECT COALESCE(MAX(seq), 0) FROM loyalty_partner_code WHERE pool = ?";
    private static final String INSERT = "INSERT INTO loyalty_partner_code (pool, seq, code) VALUES (?, ?, ?)";
    private static final String FREE = "SELECT COUNT(*) FROM loyalty_partner_code WHERE pool = ? AND request_key IS NULL";

    private final Transactions transactions;

    /** Pools in the data source's {@code loyalty_partner_code} table, {@code maxAttempts} tries per write. */
    public SqlPartnerCodes(DataSource dataSource, int maxAttempts) {
        this.transactions = new Transactions(Objects.requireNonNull(dataSource, "dataSource"), maxAttempts);
    }

    @Override
    public void add(String pool, List<String> codes) {
        Objects.requireNonNull(pool, "pool");
        List<String> copy = List.copyOf(codes);
        transactions.write(() -> "adding " + copy.size() + " codes to partner pool '" + pool + "'", connection -> {
            for (String code : copy) {
                if (exists(connection, pool, code)) {
                    throw new IllegalArgumentException("code '" + code + "' is already in pool '" + pool + "'");
                }
            }
            long seq = single(connection, LAST, pool);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (String code : copy) {
                    insert.setString(1, pool);
                    insert.setLong(2, ++seq);
                    insert.setString(3, code);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<String> draw(String pool, MemberId member, String requestKey) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(requestKey, "requestKey");
        return transactions.write(() -> "drawing from partner pool '" + pool + "' for request '" + requestKey + "'", connection -> {
            Optional<String> before = byKey(connection, pool, requestKey);
            if (before.isPresent()) {
                return before;
            }
            while (true) {
                Optional<Free> free = firstFree(connection, pool);
                if (free.isEmpty() || take(connection, pool, free.get().seq(), member, requestKey)) {
                    return free.map(Free::code);
                }
            }
        });
    }

    @Override
    public long remaining(String pool) {
        Objects.requireNonNull(pool, "pool");
        return transactions.autoCommit(() -> "counting partner pool '" + pool + "'", connection -> single(connection, FREE, pool));
    }

    private record Free(long seq, String code) {}

    private static Optional<String> byKey(Connection connection, String pool, String requestKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_KEY)) {
            statement.setString(1, pool);
            statement.setString(2, requestKey);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Free> firstFree(Connection connection, String pool) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIRST_FREE)) {
            statement.setString(1, pool);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Free(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    private static boolean take(Connection connection, String pool, long seq, MemberId member, String requestKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TAKE)) {
            statement.setString(1, requestKey);
            statement.setString(2, member.value());
            statement.setString(3, pool);
            statement.setLong(4, seq);
            return statement.executeUpdate() == 1;
        }
    }

    private static boolean exists(Connection connection, String pool, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HAS)) {
            statement.setString(1, pool);
            statement.setString(2, code);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long single(Connection connection, String sql, String pool) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pool);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
