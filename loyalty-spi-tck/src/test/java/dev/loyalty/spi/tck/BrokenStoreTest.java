package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import dev.loyalty.spi.LoyaltyStore;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit tests itself: run against stores with one deliberate bug each, the contract tests that
 * guard against that bug fail. The contracts run through the JUnit Platform launcher, as a build would.
 */
class BrokenStoreTest {

    @Test
    void kitCatchesAStoreThatForgetsIdempotencyKeys() {
        Outcome outcome = run(KeyForgettingIdempotency.class);

        assertThat(outcome.failed()).as("idempotency tests failing against a store that forgets keys").contains(
                "required_aRetryReturnsTheFirstReceipt",
                "required_aRetryAfterTheMemberMovedOnIsStillADuplicate",
                "required_aReusedKeyWithAnotherFingerprintIsAKeyConflict",
                "required_findReceiptFindsAppliedAppendsOnly");
    }

    @Test
    void kitCatchesAStoreThatDoesNotUpdateChangedLots() {
        Outcome roundTrip = run(StaleLotsRoundTrip.class);
        Outcome paging = run(StaleLotsPaging.class);

        assertThat(roundTrip.failed()).as("round-trip tests failing against a store that keeps stale lots")
                .contains("required_earnAndRedeemLoadBackEqual", "required_aTwoMemberAppendChangesBoth");
        assertThat(paging.failed()).as("paging tests failing against a store that keeps stale lots").contains(
                "required_expiringLotsArePagedInOrderExactlyOnce",
                "required_expiringLotsResolvedBetweenPagesAreNeitherLostNorRepeated",
                "required_activatingLotsResolvedBetweenPagesAreNeitherLostNorRepeated");
    }

    @Test
    void kitCatchesAStoreThatSkipsTheVersionCheck() {
        Outcome outcome = run(VersionBlindConflicts.class);

        assertThat(outcome.failed()).as("conflict tests failing against a store that skips the version check").contains(
                "required_aStaleVersionIsAConflictAndChangesNothing",
                "required_enrollingAnExistingMemberIsAConflict",
                "required_changingAnUnknownMemberIsAConflict",
                "required_aStaleSecondMemberChangesNeither");
    }

    @Test
    void theSameTestsPassAgainstTheReferenceStore() {
        Outcome outcome = run(InMemoryStoreContractTest.class);

        assertThat(outcome.failed()).as("kit tests failing against InMemoryStore").isEmpty();
        assertThat(outcome.passed()).as("kit tests passing against InMemoryStore").hasSizeGreaterThan(30);
    }

    /** Runs the tests of {@code contract} and tells which passed and which failed, by method name. */
    private static Outcome run(Class<?> contract) {
        Outcome outcome = new Outcome(new TreeSet<>(), new TreeSet<>());
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(contract))
                .filters(includeEngines("junit-jupiter"))
                .build(), outcome);
        assertThat(outcome.passed().size() + outcome.failed().size()).as("tests run of %s", contract.getSimpleName())
                .isPositive();
        return outcome;
    }

    /**
     * Which tests passed and failed in one launcher run.
     *
     * @param passed names of the test methods that passed
     * @param failed names of the test methods that failed or were aborted
     */
    private record Outcome(Set<String> passed, Set<String> failed) implements TestExecutionListener {
        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource method) {
                (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed).add(method.getMethodName());
            }
        }
    }

    /** The idempotency contract against a store that forgets keys. */
    public static class KeyForgettingIdempotency extends StoreIdempotencyContract {
        @Override
        protected LoyaltyStore newStore() {
            return new BrokenStores.KeyForgetting();
        }
    }

    /** The round-trip contract against a store that does not update changed lots. */
    public static class StaleLotsRoundTrip extends StoreRoundTripContract {
        @Override
        protected LoyaltyStore newStore() {
            return new BrokenStores.StaleLots();
        }
    }

    /** The paging contract against a store that does not update changed lots. */
    public static class StaleLotsPaging extends StorePagingContract {
        @Override
        protected LoyaltyStore newStore() {
            return new BrokenStores.StaleLots();
        }
    }

    /** The conflict contract against a store that skips the version check. */
    public static class VersionBlindConflicts extends StoreConflictContract {
        @Override
        protected LoyaltyStore newStore() {
            return new BrokenStores.VersionBlind();
        }
    }
}
