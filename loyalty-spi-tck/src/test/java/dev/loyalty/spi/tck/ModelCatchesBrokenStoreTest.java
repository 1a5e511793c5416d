package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.tck.model.ModelRun;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The model-based contract is not vacuous: it fails, within a few seeds and with a replayable message,
 * for stores that are broken in ways a store could plausibly be broken, and passes for the same proxy
 * when it forwards faithfully.
 */
class ModelCatchesBrokenStoreTest {

    private static final int SEEDS = 20;

    @Test
    void aFaithfulProxyPasses() {
        assertThatCode(() -> runSeeds(ModelBrokenStores::faithful)).doesNotThrowAnyException();
    }

    @Test
    void aStoreThatDropsRedemptionsFails() {
        assertCaught(ModelBrokenStores::skipsRedemptions, "vs the entries it stored");
    }

    @Test
    void aStoreThatForgetsLotUpdatesFails() {
        assertCaught(ModelBrokenStores::keepsStaleLots, "(MemberState.lots) vs the lots replayed from its entries");
    }

    @Test
    void aStoreThatIgnoresIdempotencyKeysFails() {
        assertCaught(ModelBrokenStores::ignoresIdempotency, "came to, vs the model");
    }

    @Test
    void aStoreThatAppliesHalfATransferFails() {
        assertCaught(ModelBrokenStores::splitsTransfers, "vs the entries it stored");
    }

    @Test
    void aStoreThatNeverReportsDueActivationsFails() {
        assertCaught(ModelBrokenStores::neverActivates, "came to, vs the model");
    }

    private static void assertCaught(Supplier<LoyaltyStore> broken, String check) {
        assertThatThrownBy(() -> runSeeds(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Run only this seed with: -Dloyalty.model.seed=")
                .hasMessageContaining("  1. ")
                .hasMessageContaining(check);
    }

    private static void runSeeds(Supplier<LoyaltyStore> stores) {
        LedgerModelContract contract = new LedgerModelContract() {
            @Override
            protected LoyaltyStore newStore() {
                return stores.get();
            }
        };
        for (int i = 0; i < SEEDS; i++) {
            contract.runSeed(ModelRun.BASE_SEED + i);
        }
    }
}
