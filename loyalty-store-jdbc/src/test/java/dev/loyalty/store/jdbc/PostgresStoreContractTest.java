package dev.loyalty.store.jdbc;

import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.tck.StoreContract;

/** The whole contract test kit against PostgreSQL (embedded, or {@code LOYALTY_TEST_PG_URL}). */
class PostgresStoreContractTest extends StoreContract {

    @Override
    protected LoyaltyStore newStore() {
        return Postgres.server().pool().next();
    }
}
