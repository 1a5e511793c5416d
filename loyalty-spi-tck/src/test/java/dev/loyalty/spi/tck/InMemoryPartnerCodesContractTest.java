package dev.loyalty.spi.tck;

import dev.loyalty.spi.PartnerCodePool;
import dev.loyalty.spi.memory.InMemoryPartnerCodes;

/** The partner code pool contract against the in-memory pools. */
class InMemoryPartnerCodesContractTest extends PartnerCodePoolContract {

    @Override
    protected PartnerCodePool newPool() {
        return InMemoryPartnerCodes.create();
    }
}
