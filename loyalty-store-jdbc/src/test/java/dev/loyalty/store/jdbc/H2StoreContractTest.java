package dev.loyalty.store.jdbc;

import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.tck.StoreContract;

/** The whole contract test kit against H2 (in memory). */
class H2StoreContractTest extends StoreContract {

    @Override
    protected LoyaltyStore newStore() {
        return H2Databases.pool().next();
    }
}
