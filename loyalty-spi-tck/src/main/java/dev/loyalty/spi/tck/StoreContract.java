package dev.loyalty.spi.tck;

import dev.loyalty.spi.LoyaltyStore;
import org.junit.jupiter.api.Nested;

/**
 * The whole contract in one class: extend it, implement {@link #newStore()}, and every contract of the
 * kit runs as a {@code @Nested} group against your store.
 */
public abstract class StoreContract {

    /** For subclasses. */
    protected StoreContract() {}

    /** A new, empty store; called once before every test of every contract. */
    protected abstract LoyaltyStore newStore();

    /** {@link StoreRoundTripContract} against {@link #newStore()}. */
    @Nested
    public class RoundTrip extends StoreRoundTripContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StoreConflictContract} against {@link #newStore()}. */
    @Nested
    public class Conflicts extends StoreConflictContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StoreIdempotencyContract} against {@link #newStore()}. */
    @Nested
    public class Idempotency extends StoreIdempotencyContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StorePagingContract} against {@link #newStore()}. */
    @Nested
    public class Paging extends StorePagingContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StoreOutboxContract} against {@link #newStore()}. */
    @Nested
    public class Outbox extends StoreOutboxContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StoreDeliveryContract} (the outbox through the dispatcher) against {@link #newStore()}. */
    @Nested
    public class Delivery extends StoreDeliveryContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StoreBudgetContract} against {@link #newStore()}. */
    @Nested
    public class Budgets extends StoreBudgetContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link LedgerModelContract} (the seeded model-based ledger test) against {@link #newStore()}. */
    @Nested
    public class LedgerModel extends LedgerModelContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link ConcurrencyContract} (racing redemptions and mixed load) against {@link #newStore()}. */
    @Nested
    public class Concurrency extends ConcurrencyContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** {@link StoreCodeContract} against {@link #newStore()}. */
    @Nested
    public class Codes extends StoreCodeContract {
        @Override
        protected LoyaltyStore newStore() {
            return StoreContract.this.newStore();
        }
    }
}
