package dev.loyalty.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The common append on PostgreSQL (one member's entries, lots, counters and activity) is one statement,
 * and answers exactly as the transaction does when it cannot apply: a repeat, a stale version, entries out
 * of sequence, a counter overflow, a broken connection.
 */
class PostgresOneStatementAppendTest {

    private static final String PTS = "points";
    private static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable(PTS, 0));
    private static final MemberId ANN = MemberId.of("ann");
    private static final Instant T0 = Instant.parse("2027-01-01T10:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofDays(1));

    private static HikariDataSource schema;
    private FaultyDataSource faults;
    private JdbcStore store;

    @BeforeAll
    static void migrate() {
        schema = Postgres.server().schema("loyalty_one_statement", 2);
        JdbcStore.create(schema);
    }

    @AfterAll
    static void close() {
        schema.close();
    }

    @BeforeEach
    void annEnrolled() {
        StorePool.empty(schema);
        faults = new FaultyDataSource(schema);
        store = JdbcStore.builder(faults).migrate(false).build();
        assertThat(store.append(Append.of("enroll", "fp-enroll", MemberChange.enrollment(Member.builder(ANN, "Ann", T0, ZoneOffset.UTC)
                .build())))).isInstanceOf(AppendResult.Applied.class);
    }

    @Test
    void anEarnWithCountersIsOneStepAndReadsBackExactly() {
        Append earn = earn("order-1", 120, Map.of("orders", 1L, "spend", 4_990L));
        faults.arm(Integer.MAX_VALUE, false);
        AppendResult result = store.append(earn);
        assertThat(faults.disarm()).as("statements and commits of the append").isEqualTo(1);

        assertThat(result).isInstanceOf(AppendResult.Applied.class);
        MemberState ann = store.load(ANN);
        assertThat(ann.version()).isEqualTo(2);
        assertThat(ann.entries()).isEqualTo(earn.changes().get(0).entries());
        assertThat(ann.lots()).isEqualTo(earn.changes().get(0).lots());
        assertThat(ann.counters()).isEqualTo(Map.of("orders", 1L, "spend", 4_990L));
        assertThat(ann.lastActivityAt()).contains(T1);
        assertThat(((AppendResult.Applied) result).receipt().entries()).isEqualTo(ann.entries());
        assertThat(store.findReceipt(ANN, "order-1")).contains(((AppendResult.Applied) result).receipt());
    }

    @Test
    void theSameAppendAgainIsADuplicateAndAnotherWithTheKeyAConflict() {
        Append earn = earn("order-1", 120, Map.of("orders", 1L));
        AppendResult.Applied applied = (AppendResult.Applied) store.append(earn);

        assertThat(store.append(earn)).isEqualTo(new AppendResult.Duplicate(applied.receipt()));
        Append sameKeyAtTheNewVersion = earn("order-1", 50, Map.of());
        assertThat(store.append(sameKeyAtTheNewVersion)).isEqualTo(new AppendResult.KeyConflict(applied.receipt()));
        assertThat(store.load(ANN).version()).isEqualTo(2);
        assertThat(store.load(ANN).counters()).isEqualTo(Map.of("orders", 1L));
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        Append first = earn("order-1", 120, Map.of("orders", 1L));
        Append stale = earn("order-2", 80, Map.of("orders", 1L));
        store.append(first);

        assertThat(store.append(stale)).isEqualTo(new AppendResult.VersionConflict(ANN, 1, 2));
        assertThat(store.load(ANN).entries()).hasSize(1);
        assertThat(store.load(ANN).counters()).isEqualTo(Map.of("orders", 1L));
    }

    @Test
    void aCounterBackAtZeroIsGoneAndOneThatWouldOverflowChangesNothing() {
        store.append(earn("order-1", 120, Map.of("orders", 1L, "returns", 2L)));
        store.append(earn("order-2", 30, Map.of("returns", -2L)));
        assertThat(store.load(ANN).counters()).isEqualTo(Map.of("orders", 1L));

        Append overflow = earn("order-3", 10, Map.of("orders", Long.MAX_VALUE));
        assertThatThrownBy(() -> store.append(overflow)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
        MemberState ann = store.load(ANN);
        assertThat(ann.version()).isEqualTo(3);
        assertThat(ann.entries()).hasSize(2);
        assertThat(ann.counters()).isEqualTo(Map.of("orders", 1L));
    }

    @Test
    void aBrokenConnectionIsTransientAndTheRetryApplies() {
        Append earn = earn("order-1", 120, Map.of("orders", 1L));
        faults.arm(1, false);
        assertThatThrownBy(() -> store.append(earn)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.isTransient()).isTrue()).hasMessageContaining("'order-1'");
        faults.disarm();
        assertThat(store.load(ANN).version()).isEqualTo(1);

        assertThat(store.append(earn)).isInstanceOf(AppendResult.Applied.class);
        assertThat(store.load(ANN).entries()).isEqualTo(earn.changes().get(0).entries());
    }

    /** An earn of {@code points} by ann at her current version, an activity at T1, with counter deltas. */
    private Append earn(String key, long points, Map<String, Long> counters) {
        MemberState ann = store.load(ANN);
        Accepted accepted = (Accepted) Ledger.replay(POLICY, ANN, ann.entries())
                .earn(Earn.of(PTS, points, T1, Reason.rule("purchase"), key).expiringAt(T1.plus(Duration.ofDays(365))));
        MemberChange change = MemberChange.entries(ANN, ann.version(), accepted.entries(), accepted.ledger().lots())
                .withCounters(counters, Optional.of(T1));
        return Append.of(key, "fp-" + key + "-" + points, change);
    }
}
