package dev.loyalty.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the databases the store supports: the schema's migrations (column types, partial
 * indexes, collation) and the two upserts. Everything else is the same SQL on both.
 */
public enum Dialect {

    /** H2 2.x, embedded (file or memory). */
    H2("h2",
            "MERGE INTO loyalty_lot (" + Columns.LOT + ") KEY (member_id, lot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "MERGE INTO loyalty_counter c USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(200)), CAST(? AS BIGINT)))"
                    + " s(member_id, name, delta) ON c.member_id = s.member_id AND c.name = s.name"
                    + " WHEN MATCHED THEN UPDATE SET counter_value = c.counter_value + s.delta"
                    + " WHEN NOT MATCHED THEN INSERT (member_id, name, counter_value) VALUES (s.member_id, s.name, s.delta)",
            "MERGE INTO loyalty_budget b USING (VALUES (CAST(? AS VARCHAR(200)))) s(budget) ON b.budget = s.budget"
                    + " WHEN NOT MATCHED THEN INSERT (budget, used) VALUES (s.budget, 0)"),

    /** PostgreSQL 12 or newer (and Citus on PostgreSQL). */
    POSTGRESQL("postgresql",
            "INSERT INTO loyalty_lot (" + Columns.LOT + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (member_id, lot_id) DO UPDATE SET point_type = EXCLUDED.point_type,"
                    + " amount = EXCLUDED.amount, remaining = EXCLUDED.remaining, lot_state = EXCLUDED.lot_state,"
                    + " earned_at = EXCLUDED.earned_at, activates_at = EXCLUDED.activates_at,"
                    + " expires_at = EXCLUDED.expires_at, expiry_due = EXCLUDED.expiry_due,"
                    + " activation_due = EXCLUDED.activation_due,"
                    + " changed_in = EXCLUDED.changed_in, body = EXCLUDED.body",
            "INSERT INTO loyalty_counter (member_id, name, counter_value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (member_id, name) DO UPDATE SET counter_value = loyalty_counter.counter_value + EXCLUDED.counter_value",
            "INSERT INTO loyalty_budget (budget, used) VALUES (?, 0) ON CONFLICT (budget) DO NOTHING");

    private final String name;
    private final String upsertLot;
    private final String addToCounter;
    private final String createBudget;

    Dialect(String name, String upsertLot, String addToCounter, String createBudget) {
        this.name = name;
        this.upsertLot = upsertLot;
        this.addToCounter = addToCounter;
        this.createBudget = createBudget;
    }

    /**
     * The dialect of the database {@code connection} is connected to.
     *
     * @throws IllegalArgumentException if it is neither H2 nor PostgreSQL
     */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String lower = product.toLowerCase(Locale.ROOT);
        if (lower.equals("h2")) {
            return H2;
        }
        if (lower.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("database '" + product + "' is not supported: JdbcStore supports H2 and PostgreSQL");
    }

    /** Where the Flyway migrations of this dialect are, on the class path. */
    public String migrations() {
        return "classpath:db/loyalty/" + name;
    }

    /** Inserts a lot or replaces it: the parameters of {@link Columns#LOT}. */
    String upsertLot() {
        return upsertLot;
    }

    /** Adds a delta to a counter, creating it: member id, name, delta. */
    String addToCounter() {
        return addToCounter;
    }

    /** Creates a budget with nothing used, unless it exists: budget id. */
    String createBudget() {
        return createBudget;
    }
}
