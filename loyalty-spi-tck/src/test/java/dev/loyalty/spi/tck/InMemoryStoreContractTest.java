package dev.loyalty.spi.tck;

import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.memory.InMemoryStore;

/** The reference store passes the whole kit. */
class InMemoryStoreContractTest extends StoreContract {

    @Override
    protected LoyaltyStore newStore() {
        return InMemoryStore.create();
    }
}
