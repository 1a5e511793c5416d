package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in this jar, under
 * {@code db/loyalty/<dialect>}, recording them in the table {@value #HISTORY}.
 */
public final class Migrations {

    /** The table where Flyway records the migrations it ran. */
    public static final String HISTORY = "loyalty_schema_history";

    private Migrations() {}

    /**
     * Runs the migrations not yet run, in the data source's default schema. A schema that already holds
     * the host's own tables is fine: the loyalty tables are added beside them.
     *
     * @return how many migrations ran
     */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        try {
            MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .table(HISTORY)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw StoreException.permanentFailure("migrating the loyalty schema (" + dialect.migrations() + ") failed: "
                    + e.getMessage(), e);
        }
    }
}
