package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.spi.LoyaltyStore;
import org.junit.jupiter.api.Test;

/** The concurrency contract is not vacuous: a store that skips the version check fails it. */
class RaceCatchesUnsafeStoreTest {

    private final ConcurrencyContract contract = new ConcurrencyContract() {
        @Override
        protected LoyaltyStore newStore() {
            return ModelBrokenStores.ignoresVersions();
        }
    };

    @Test
    void aStoreThatIgnoresVersionsLetsRacingRedemptionsSpendTwice() {
        assertThatThrownBy(contract::required_racingRedemptionsOfAWholeBalanceSpendItExactlyOnce).isInstanceOf(AssertionError.class);
    }

    @Test
    void aStoreThatIgnoresVersionsLosesPointsUnderMixedTraffic() {
        assertThatThrownBy(contract::required_mixedRacingTrafficConservesPoints).isInstanceOf(AssertionError.class);
    }
}
