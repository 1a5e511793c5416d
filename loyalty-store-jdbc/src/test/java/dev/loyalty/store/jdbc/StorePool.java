package dev.loyalty.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * A few databases (or schemas), migrated once, handed out in turn: each hand-out empties the next one
 * first. The contracts never use more than two stores at a time (the model test compares a run with its
 * repeat on a fresh store), so four are plenty, and a new store costs a few deletes instead of a migration.
 */
final class StorePool {

    /** Every table of the schema but Flyway's history. */
    static final List<String> TABLES = List.of("loyalty_member", "loyalty_entry", "loyalty_lot", "loyalty_counter",
            "loyalty_tier_change", "loyalty_receipt", "loyalty_outbox", "loyalty_budget", "loyalty_code", "loyalty_partner_code");

    private final List<DataSource> databases;
    private int next;

    StorePool(List<? extends DataSource> databases) {
        this.databases = List.copyOf(databases);
        this.databases.forEach(JdbcStore::create);
    }

    /** A store on the next database, emptied. */
    synchronized JdbcStore next() {
        DataSource database = databases.get(next++ % databases.size());
        empty(database);
        return JdbcStore.builder(database).migrate(false).build();
    }

    /** The next database, emptied, for tests of what lives beside the store (partner code pools). */
    synchronized DataSource nextDatabase() {
        DataSource database = databases.get(next++ % databases.size());
        empty(database);
        return database;
    }

    /** Deletes every row of every loyalty table of {@code database}. */
    static void empty(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database: " + e.getMessage(), e);
        }
    }
}
