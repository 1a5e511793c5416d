package dev.loyalty.accounts;

import static dev.loyalty.accounts.AccountsTest.POLICY;
import static dev.loyalty.accounts.AccountsTest.T0;
import static dev.loyalty.accounts.AccountsTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.memory.InMemoryStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link Accounts#advanceTo} on several threads records exactly what it records on one. */
class SweepThreadsTest {

    private static final int MEMBERS = 300;

    @Test
    void fourThreadsRecordWhatOneRecordsAcrossPagesThatSplitMembers() {
        LoyaltyStore alone = filled();
        LoyaltyStore together = filled();
        Accounts one = Accounts.builder().store(alone).policy(POLICY).pageSize(7).sweepThreads(1).build();
        Accounts four = Accounts.builder().store(together).policy(POLICY).pageSize(7).sweepThreads(4).build();

        Sweep expected = one.advanceTo(day(20));
        assertThat(expected).isEqualTo(new Sweep(2 * MEMBERS, MEMBERS, MEMBERS));
        assertThat(four.advanceTo(day(20))).isEqualTo(expected);
        assertThat(four.advanceTo(day(20))).isEqualTo(new Sweep(0, 0, 0));
        for (int i = 0; i < MEMBERS; i++) {
            MemberId member = member(i);
            assertThat(together.load(member).entries()).as("entries of %s", member).isEqualTo(alone.load(member).entries());
            assertThat(together.load(member).lots()).as("lots of %s", member).isEqualTo(alone.load(member).lots());
        }
    }

    @Test
    void aFailureOnAWorkerThreadReachesTheCaller() {
        LoyaltyStore real = filled();
        StoreException broken = StoreException.transientFailure("member m-00013 cannot be written", new IllegalStateException("down"));
        LoyaltyStore failing = (LoyaltyStore) Proxy.newProxyInstance(LoyaltyStore.class.getClassLoader(), new Class<?>[] {LoyaltyStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("append") && ((Append) args[0]).owner().equals(member(13))) {
                        throw broken;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Accounts accounts = Accounts.builder().store(failing).policy(POLICY).pageSize(50).sweepThreads(4).build();

        assertThatThrownBy(() -> accounts.advanceTo(day(20))).isSameAs(broken);
    }

    @Test
    void theBuilderTakesOneToSixtyFourSweepThreads() {
        assertThatThrownBy(() -> Accounts.builder().sweepThreads(0)).hasMessage("sweepThreads must be 1 to 64, but was 0");
        assertThatThrownBy(() -> Accounts.builder().sweepThreads(65)).hasMessage("sweepThreads must be 1 to 64, but was 65");
    }

    /** Members each with two lots that expire (days 10 and 11) and one that activates (day 12). */
    private static LoyaltyStore filled() {
        LoyaltyStore store = InMemoryStore.create();
        Accounts accounts = Accounts.builder().store(store).policy(POLICY).build();
        for (int i = 0; i < MEMBERS; i++) {
            MemberId id = member(i);
            accounts.enroll(Member.builder(id, "Member " + i, T0, ZoneOffset.UTC).build());
            accounts.earn(id, Earn.of("points", 10 + i, day(0), Reason.rule("base"), "a").expiringAt(day(10)));
            accounts.earn(id, Earn.of("points", 5, day(1), Reason.rule("base"), "b").expiringAt(day(11)));
            accounts.earn(id, Earn.of("points", 7, day(1), Reason.rule("base"), "c").pendingUntil(day(12)));
        }
        return store;
    }

    private static MemberId member(int i) {
        return MemberId.of(String.format("m-%05d", i));
    }
}
