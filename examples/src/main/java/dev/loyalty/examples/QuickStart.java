package dev.loyalty.examples;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.member.Contact;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.memory.InMemoryStore;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The README's first example: enroll a member, earn, redeem, refund, let points expire, and print the
 * member's statement.
 */
public final class QuickStart {

    private static final Instant MARCH_1 = Instant.parse("2026-03-01T09:00:00Z");

    private QuickStart() {}

    /** Runs the example and prints the statement to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example and prints the statement to {@code out}. */
    static void run(PrintStream out) {
        // README:start
        Accounts accounts = Accounts.builder()
                .store(InMemoryStore.create())
                .policy(LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable("points", 0)))
                .build();

        MemberId anna = MemberId.of("anna");
        accounts.enroll(Member.builder(anna, "Anna Jansen", MARCH_1, ZoneId.of("Europe/Amsterdam"))
                .contact(Contact.email("anna@example.com", true))
                .build());

        // Purchase 1 earns 120 points that expire after 30 days.
        accounts.earn(anna, Earn.of("points", 120, MARCH_1, Reason.rule("base-earn"), "order-1001")
                .expiringAt(day(30)));
        // Purchase 2 earns 80 points, pending for a 14-day return period, expiring after 60 days.
        accounts.earn(anna, Earn.of("points", 80, day(5), Reason.rule("base-earn"), "order-1002")
                .pendingUntil(day(19))
                .expiringAt(day(65)));
        // A free coffee costs 100 points: taken from the lot that expires first.
        accounts.redeem(anna, new Redeem("points", 100, day(10), Reason.of(Reason.Source.REWARD, "free-coffee"), "redeem-1"));
        // A retried request with the same key changes nothing.
        accounts.redeem(anna, new Redeem("points", 100, day(10), Reason.of(Reason.Source.REWARD, "free-coffee"), "redeem-1"));

        accounts.advanceTo(day(20));   // the return period is over: purchase 2's points activate
        accounts.reverse(anna, Reversal.partial(2, 30, day(25), Reason.rule("refund"), "refund-1002"));
        accounts.advanceTo(day(40));   // purchase 1's last 20 points expired on day 30
        // README:end

        new StatementPrinter(out).print(accounts.ledger(anna), "points", day(40));
    }

    private static Instant day(int n) {
        return MARCH_1.plus(Duration.ofDays(n));
    }
}
