package dev.loyalty.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link CrashInjectionTest} on PostgreSQL through a HikariCP pool: a broken connection goes back to the
 * pool, which rolls back what it left open. One schema, emptied for every run.
 */
class PostgresCrashInjectionTest extends CrashInjectionTest {

    private static HikariDataSource schema;

    @BeforeAll
    static void migrate() {
        schema = Postgres.server().schema("loyalty_crash", 4);
        JdbcStore.create(schema);
    }

    @AfterAll
    static void close() {
        schema.close();
    }

    @Override
    protected DataSource freshDatabase(int n) {
        StorePool.empty(schema);
        return schema;
    }

    @Override
    protected void dispose(DataSource database) {
        // emptied by the next run
    }
}
