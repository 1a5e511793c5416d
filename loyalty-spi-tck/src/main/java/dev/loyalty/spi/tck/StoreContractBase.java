package dev.loyalty.spi.tck;

import dev.loyalty.spi.LoyaltyStore;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract has in common: a fresh store per test, made by the store author's
 * {@link #newStore()}.
 */
public abstract class StoreContractBase {

    private @Nullable LoyaltyStore store;

    /** For subclasses. */
    protected StoreContractBase() {}

    /** A new, empty store; called once before every test. */
    protected abstract LoyaltyStore newStore();

    /** Makes the store for the next test. */
    @BeforeEach
    final void openStore() {
        store = Objects.requireNonNull(newStore(), "newStore() returned null");
    }

    /**
     * The store under test, made by {@link #newStore()} for the current test.
     *
     * @throws IllegalStateException if called outside a test
     */
    protected final LoyaltyStore store() {
        if (store == null) {
            throw new IllegalStateException("store() is only available in a test, after newStore() was called");
        }
        return store;
    }
}
