package dev.loyalty.store.jdbc;

import static dev.loyalty.store.jdbc.PostgresConservationTest.MEMBERS;
import static dev.loyalty.store.jdbc.PostgresConservationTest.PTS;
import static dev.loyalty.store.jdbc.PostgresConservationTest.T0;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.accounts.Posting;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One worker's share of the conservation test: seeded random earns (35 %), redemptions (30 %),
 * transfers (25 %) and reversals of its own earlier earns and redemptions (10 %), counting what was posted.
 */
final class Traffic {

    private final Accounts accounts;
    private final int thread;
    private final int requests;
    private final SplittableRandom random;
    private final List<EntryRef> reversible = new ArrayList<>();
    private final EntryTally posted = new EntryTally();
    private int applied;

    Traffic(Accounts accounts, int thread, int requests) {
        this.accounts = accounts;
        this.thread = thread;
        this.requests = requests;
        this.random = new SplittableRandom(4_000 + thread);
    }

    /** Runs the requests; returns this, with its counts. */
    Traffic run() {
        for (int n = 0; n < requests; n++) {
            String key = "t" + thread + "-" + n;
            MemberId member = PostgresConservationTest.member(random.nextInt(MEMBERS));
            long amount = 1 + random.nextInt(100);
            int roll = random.nextInt(100);
            Posting posting;
            if (roll < 35 || (roll >= 90 && reversible.isEmpty())) {
                posting = keep(accounts.earn(member, Earn.of(PTS, amount, T0, Reason.rule("purchase"), key)));
            } else if (roll < 65) {
                posting = keep(accounts.redeem(member, new Redeem(PTS, amount, T0, Reason.rule("reward"), key)));
            } else if (roll < 90) {
                MemberId to = PostgresConservationTest.member((Integer.parseInt(member.value().substring(1)) + 1 + random.nextInt(MEMBERS - 1)) % MEMBERS);
                posting = accounts.transfer(new Transfer(member, to, PTS, amount, T0, Reason.request("gift"), key));
            } else {
                EntryRef target = reversible.remove(random.nextInt(reversible.size()));
                posting = accounts.reverse(target.member(), Reversal.of(target.sequence(), T0, Reason.rule("refund"), key));
            }
            if (posting instanceof Posting.Posted done && !done.repeated()) {
                posted.add(done.entries());
                applied++;
            }
        }
        return this;
    }

    EntryTally posted() {
        return posted;
    }

    int requests() {
        return requests;
    }

    int applied() {
        return applied;
    }

    /** Remembers the entries of a posted earn or redemption, to reverse one later. */
    private Posting keep(Posting posting) {
        for (Entry entry : posting.entries()) {
            reversible.add(entry.ref());
        }
        return posting;
    }
}
