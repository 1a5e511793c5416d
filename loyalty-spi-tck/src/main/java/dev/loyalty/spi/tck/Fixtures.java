package dev.loyalty.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.LedgerResult;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Receipt;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Values and shortcuts the contracts share. */
final class Fixtures {

    /** The one point type of the test program. */
    static final String POINTS = "points";

    /** The test program's ledger settings. */
    static final LedgerPolicy POLICY = LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable(POINTS, 0));

    /** When the test members enroll, unless a test says otherwise. */
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private Fixtures() {}

    /** {@code T0} plus {@code days}. */
    static Instant day(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    /** A member {@code id} enrolled at {@code T0} in UTC. */
    static Member member(String id) {
        return Member.builder(MemberId.of(id), "Member " + id, T0, ZoneOffset.UTC).build();
    }

    /** The receipt of an append that must have been applied. */
    static Receipt applied(AppendResult result) {
        assertThat(result).as("the store's answer to a valid append at the right versions with a new key")
                .isInstanceOf(AppendResult.Applied.class);
        return ((AppendResult.Applied) result).receipt();
    }

    /** A ledger request of a fixture, which must have been accepted. */
    static Accepted accepted(LedgerResult result) {
        if (result instanceof Accepted accepted) {
            return accepted;
        }
        throw new AssertionError("a fixture's ledger request was rejected (a bug in the kit): " + result);
    }

    /** The state of {@code member}, which must be enrolled. */
    static MemberState load(LoyaltyStore store, MemberId member) {
        return store.find(member).orElseThrow(
                () -> new AssertionError("find(" + member + ") is empty, but the member was enrolled"));
    }
}
