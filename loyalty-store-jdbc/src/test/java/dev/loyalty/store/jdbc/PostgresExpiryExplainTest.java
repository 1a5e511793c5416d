package dev.loyalty.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.store.jdbc.internal.DueLots;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The expiry sweep's query on PostgreSQL with {@value #LOTS} lots (100,000 members with 10 lots each,
 * expiring over two years, every tenth spent) reads the expiry index, not the table.
 */
class PostgresExpiryExplainTest {

    private static final int LOTS = 1_000_000;
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final String MILLION_LOTS = "INSERT INTO loyalty_lot (member_id, lot_id, point_type, amount, remaining, lot_state,"
            + " earned_at, activates_at, expires_at, expiry_due, activation_due, changed_in, body)"
            + " SELECT 'm' || lpad((g % 100000)::text, 6, '0'), g, 'pts', 100, CASE WHEN g % 10 = 0 THEN 0 ELSE 100 END, 'ACTIVE',"
            + " ?, ?, ? + (g % 730) * 86400, CASE WHEN g % 10 = 0 THEN NULL ELSE ? + (g % 730) * 86400 END, NULL, 2, 'not loaded'"
            + " FROM generate_series(1, " + LOTS + ") AS g";

    @Test
    void theExpirySweepReadsTheExpiryIndex() throws SQLException {
        try (HikariDataSource database = Postgres.server().schema("loyalty_explain", 2)) {
            JdbcStore store = JdbcStore.create(database);
            Instant until = BASE.plus(Duration.ofDays(2));
            String plan;
            try (Connection connection = database.getConnection()) {
                insertMillionLots(connection);
                plan = explain(connection, until);
            }
            Page<DueLot> page = store.lotsExpiring(until, PageRequest.first(500));

            System.out.printf("PostgresExpiryExplainTest: plan over %d lots:%n%s", LOTS, plan);
            assertThat(plan).as("plan of the expiry sweep over %d lots", LOTS)
                    .containsPattern("(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) loyalty_lot_expiring")
                    .doesNotContain("Seq Scan");
            assertThat(page.items()).as("the first page of lots expiring by %s", until).hasSize(500)
                    .allSatisfy(lot -> assertThat(lot.dueAt()).isBeforeOrEqualTo(until));
            assertThat(page.next()).as("a next page").isPresent();
        }
    }

    private static void insertMillionLots(Connection connection) throws SQLException {
        BigDecimal base = BigDecimal.valueOf(BASE.getEpochSecond());
        try (PreparedStatement insert = connection.prepareStatement(MILLION_LOTS)) {
            for (int i = 1; i <= 4; i++) {
                insert.setBigDecimal(i, base);
            }
            assertThat(insert.executeUpdate()).as("lots inserted").isEqualTo(LOTS);
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE loyalty_lot");
        }
    }

    private static String explain(Connection connection, Instant until) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + DueLots.expirySweepSql())) {
            explain.setBigDecimal(1, BigDecimal.valueOf(until.getEpochSecond()));
            explain.setInt(2, 501);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
