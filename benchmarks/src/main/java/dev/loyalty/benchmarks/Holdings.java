package dev.loyalty.benchmarks;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerResult;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Fills a store with members who each hold a number of lots of {@code points}, written straight through
 * the SPI (one append per member: the enrollment with its earn entries and lots), which is what the
 * engine would have stored for them, minus the rules' counters. Lot {@code k} of member {@code i} holds
 * {@code 10 + k} points, was earned {@code k} days after {@link #EARNED} and expires
 * {@code i * lots + k} seconds after {@link #EXPIRING}, so a sweep up to {@link #ALL_EXPIRED} expires
 * every lot, in an order that interleaves the members.
 */
final class Holdings {

    /** When the members enrolled and earned their first lot. */
    static final Instant EARNED = Instant.parse("2027-01-01T09:00:00Z");

    /** The first lot's expiry. */
    static final Instant EXPIRING = Instant.parse("2028-01-01T00:00:00Z");

    /** An instant after every lot's expiry (for up to 10,000,000 lots). */
    static final Instant ALL_EXPIRED = EXPIRING.plus(Duration.ofDays(120));

    private static final String POINTS = "points";

    private Holdings() {}

    /** Enrolls {@code members} members with {@code lots} lots each into {@code store}, on parallel threads. */
    static void fill(LoyaltyStore store, CompiledProgram program, int members, int lots) {
        IntStream.range(0, members).parallel().forEach(i -> {
            AppendResult result = store.append(Append.of("enroll-" + i, "holdings", change(program, i, lots)));
            if (!(result instanceof AppendResult.Applied)) {
                throw new IllegalStateException("could not fill member " + i + ": " + result);
            }
        });
    }

    /** The enrollment of member {@code i} with its {@code lots} lots. */
    static MemberChange change(CompiledProgram program, int i, int lots) {
        MemberId id = MemberId.of("member-" + i);
        Member profile = Member.builder(id, "Member " + i, EARNED, Baskets.ZONE)
                .birthday(LocalDate.of(1970 + i % 40, 1, 1).plusDays(i % 365)).build();
        Ledger ledger = Ledger.empty(program.ledgerPolicy(), id);
        List<Entry> entries = new ArrayList<>(lots);
        for (int k = 0; k < lots; k++) {
            Earn earn = Earn.of(POINTS, 10 + k, EARNED.plus(Duration.ofDays(k)), Reason.rule("base earn"), "earn-" + i + "-" + k)
                    .expiringAt(EXPIRING.plusSeconds((long) i * lots + k));
            Accepted accepted = accepted(ledger.earn(earn));
            entries.addAll(accepted.entries());
            ledger = accepted.ledger();
        }
        return new MemberChange(id, 0, Optional.of(profile), entries, ledger.lots(), Map.of(), Optional.empty(), List.of(),
                Optional.empty(), List.of());
    }

    private static Accepted accepted(LedgerResult result) {
        if (result instanceof Accepted accepted) {
            return accepted;
        }
        throw new IllegalStateException("the ledger refused an earn: " + result);
    }
}
