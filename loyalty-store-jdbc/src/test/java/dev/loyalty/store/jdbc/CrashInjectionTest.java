package dev.loyalty.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.ledger.Transferred;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Crash injection: an append that touches everything (a transfer between two members with counters,
 * activity, a tier change, an outbox message and a budget claim) has its connection broken at each of its
 * steps in turn; retrying it with the same key must always end in exactly the state of a run without
 * faults. Subclasses give the database.
 */
abstract class CrashInjectionTest {

    private static final String PTS = "pts";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofDays(3));
    private static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable(PTS, 0));
    private static final MemberId ANN = MemberId.of("ann");
    private static final MemberId BOB = MemberId.of("bob");

    /** A fresh, empty database (migrated or not); {@code n} counts the calls. */
    protected abstract DataSource freshDatabase(int n);

    /** Lets go of a database made by {@link #freshDatabase}. */
    protected abstract void dispose(DataSource database) throws SQLException;

    private int databases;

    @Test
    void aRetryAfterAFaultAtAnyStepConvergesToTheFaultFreeState() throws SQLException {
        Database clean = open();
        AppendResult cleanResult = clean.store.append(clean.append);
        int steps = clean.faults.disarm();
        Outcome expected = clean.outcome();
        clean.close();
        assertThat(cleanResult).as("the append without faults").isInstanceOf(AppendResult.Applied.class);
        assertThat(steps).as("steps of the append (statements and the commit)").isGreaterThanOrEqualTo(15);

        System.out.printf(getClass().getSimpleName() + ": a fault at each of the %d steps of the append, each retried%n", steps);
        for (int step = 1; step <= steps; step++) {
            Database database = open();
            database.faults.arm(step, false);
            int failedAt = step;
            assertThatThrownBy(() -> database.store.append(database.append)).as("the append with a fault at step %d", step)
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isTransient()).as("transient").isTrue())
                    .hasMessageContaining("'gift-1'").hasMessageContaining("'ann'");
            database.faults.disarm();
            assertThat(database.store.append(database.append)).as("the retry after a fault at step %d", failedAt)
                    .isEqualTo(cleanResult);
            assertThat(database.outcome()).as("state after a fault at step %d and a retry", failedAt).isEqualTo(expected);
            database.close();
        }
    }

    @Test
    void aRetryAfterALostCommitAcknowledgementIsADuplicateOfTheSameState() throws SQLException {
        Database clean = open();
        AppendResult.Applied applied = (AppendResult.Applied) clean.store.append(clean.append);
        int steps = clean.faults.disarm();
        Outcome expected = clean.outcome();
        clean.close();

        Database database = open();
        database.faults.arm(steps, true);
        assertThatThrownBy(() -> database.store.append(database.append)).as("the append whose commit was not acknowledged")
                .isInstanceOf(StoreException.class);
        database.faults.disarm();

        assertThat(database.store.append(database.append)).as("the retry").isEqualTo(new AppendResult.Duplicate(applied.receipt()));
        assertThat(database.outcome()).as("state after the lost acknowledgement and a retry").isEqualTo(expected);
        database.close();
    }

    /** A fresh database with ann (500 points) and bob enrolled, and the append under test worked out. */
    private Database open() throws SQLException {
        DataSource fresh = freshDatabase(databases++);
        FaultyDataSource faults = new FaultyDataSource(fresh);
        JdbcStore store = JdbcStore.create(faults);
        Accounts accounts = Accounts.builder().store(store).policy(POLICY).build();
        accounts.enroll(Member.builder(ANN, "Ann", T0, ZoneOffset.UTC).build());
        accounts.enroll(Member.builder(BOB, "Bob", T0, ZoneOffset.UTC).build());
        accounts.earn(ANN, Earn.of(PTS, 500, T0, Reason.rule("welcome"), "fund").expiringAt(T0.plus(Duration.ofDays(90))));
        Append append = giftOf200(store);
        faults.arm(Integer.MAX_VALUE, false);
        return new Database(fresh, faults, store, append);
    }

    private static Append giftOf200(LoyaltyStore store) {
        MemberState ann = store.load(ANN);
        MemberState bob = store.load(BOB);
        Transferred moved = (Transferred) Ledger.transfer(Ledger.replay(POLICY, ANN, ann.entries()),
                Ledger.replay(POLICY, BOB, bob.entries()), new Transfer(ANN, BOB, PTS, 200, T1, Reason.request("gift"), "gift-1"));
        TierStatus silver = new TierStatus("silver", T1, Optional.empty(), T1.plus(Duration.ofDays(365)));
        MemberChange giver = MemberChange.entries(ANN, ann.version(), moved.from().entries(), moved.from().ledger().lots())
                .withCounters(Map.of("gifts", 1L), Optional.of(T1))
                .withMessages(List.of(new OutboxMessage(ANN, "gift-sent", "gift-sent", Map.of("to", "bob"), T1)))
                .withTier(silver, List.of(new TierChange("bronze", "silver", T1, TierChange.Reason.QUALIFIED, "gifts 1 >= 1")));
        MemberChange receiver = MemberChange.entries(BOB, bob.version(), moved.to().entries(), moved.to().ledger().lots())
                .withCounters(Map.of("gifts-received", 1L), Optional.empty());
        return new Append("gift-1", "fp-gift-1", List.of(giver, receiver)).withClaim(BudgetClaim.of("gift-campaign", 1, 10));
    }

    /**
     * Everything the append changes, as read back.
     *
     * @param ann ann's state
     * @param bob bob's state
     * @param budgetUsed the campaign budget used
     * @param outbox the messages due
     */
    private record Outcome(MemberState ann, MemberState bob, long budgetUsed, List<PendingMessage> outbox) {}

    private final class Database {

        private final DataSource fresh;
        private final FaultyDataSource faults;
        private final JdbcStore store;
        private final Append append;

        Database(DataSource fresh, FaultyDataSource faults, JdbcStore store, Append append) {
            this.fresh = fresh;
            this.faults = faults;
            this.store = store;
            this.append = append;
        }

        Outcome outcome() {
            return new Outcome(store.load(ANN), store.load(BOB), store.budgetUsed("gift-campaign"), store.dueMessages(Instant.MAX, 10));
        }

        void close() throws SQLException {
            dispose(fresh);
        }
    }
}
