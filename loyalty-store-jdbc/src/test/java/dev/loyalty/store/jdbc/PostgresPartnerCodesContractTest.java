package dev.loyalty.store.jdbc;

import dev.loyalty.spi.PartnerCodePool;
import dev.loyalty.spi.tck.PartnerCodePoolContract;

/** The partner code pool contract against PostgreSQL (embedded, or {@code LOYALTY_TEST_PG_URL}). */
class PostgresPartnerCodesContractTest extends PartnerCodePoolContract {

    @Override
    protected PartnerCodePool newPool() {
        return JdbcPartnerCodes.create(Postgres.server().pool().nextDatabase());
    }
}
