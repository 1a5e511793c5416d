package dev.loyalty.store.jdbc;

import dev.loyalty.spi.PartnerCodePool;
import dev.loyalty.spi.tck.PartnerCodePoolContract;

/** The partner code pool contract against H2 (in memory). */
class H2PartnerCodesContractTest extends PartnerCodePoolContract {

    @Override
    protected PartnerCodePool newPool() {
        return JdbcPartnerCodes.create(H2Databases.pool().nextDatabase());
    }
}
