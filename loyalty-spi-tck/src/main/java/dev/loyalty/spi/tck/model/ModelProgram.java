package dev.loyalty.spi.tck.model;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.LoyaltyStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The program a model run uses: three members, two spendable point types (whole points and hundredths)
 * and a reversal policy that is {@link ReversalPolicy#DEBT} for most seeds and
 * {@link ReversalPolicy#REJECT} for every fourth.
 *
 * @param policy the ledger policy
 * @param members the enrolled members
 */
record ModelProgram(LedgerPolicy policy, List<MemberId> members) {

    /** When every run starts; all members enroll then. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** Whole points. */
    static final String POINTS = "pts";

    /** Hundredths of a point. */
    static final String CENTS = "cents";

    /** Both point types. */
    static final List<String> TYPES = List.of(POINTS, CENTS);

    ModelProgram {
        members = List.copyOf(members);
    }

    static ModelProgram forSeed(long seed) {
        ReversalPolicy reversal = Math.floorMod(seed, 4) == 3 ? ReversalPolicy.REJECT : ReversalPolicy.DEBT;
        LedgerPolicy policy = LedgerPolicy.of(reversal, PointType.spendable(POINTS, 0), PointType.spendable(CENTS, 2));
        return new ModelProgram(policy, List.of(MemberId.of("m1"), MemberId.of("m2"), MemberId.of("m3")));
    }

    /** Accounts over {@code store} with every member enrolled. */
    Accounts open(LoyaltyStore store) {
        Accounts accounts = Accounts.builder().store(store).policy(policy).build();
        for (MemberId member : members) {
            accounts.enroll(Member.builder(member, "Member " + member, START, ZoneOffset.UTC).build());
        }
        return accounts;
    }
}
