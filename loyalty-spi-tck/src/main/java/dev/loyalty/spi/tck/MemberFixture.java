package dev.loyalty.spi.tck;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerResult;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.Receipt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A member enrolled in the store under test, with the ledger and version the test expects it to have:
 * builds ledger requests with {@link Ledger} and appends them. Not thread-safe.
 */
final class MemberFixture {

    private final LoyaltyStore store;
    private final MemberId id;
    private Ledger ledger;
    private long version = 1;
    private int requests;

    private MemberFixture(LoyaltyStore store, MemberId id) {
        this.store = store;
        this.id = id;
        this.ledger = Ledger.empty(Fixtures.POLICY, id);
    }

    /** Enrolls {@code member} in {@code store}. */
    static MemberFixture enroll(LoyaltyStore store, Member member) {
        String key = "enroll-" + member.id();
        Fixtures.applied(store.append(Append.of(key, "fp-" + key, MemberChange.enrollment(member))));
        return new MemberFixture(store, member.id());
    }

    /** Enrolls member {@code id} (see {@link Fixtures#member}). */
    static MemberFixture enroll(LoyaltyStore store, String id) {
        return enroll(store, Fixtures.member(id));
    }

    MemberId id() {
        return id;
    }

    /** The ledger as of the last append through this fixture. */
    Ledger ledger() {
        return ledger;
    }

    /** The version the store should be at. */
    long version() {
        return version;
    }

    /** A fresh request key for this member. */
    String nextKey() {
        requests++;
        return "req-" + id + "-" + requests;
    }

    /** Works out a ledger request without appending it. */
    Accepted plan(Function<Ledger, LedgerResult> request) {
        return Fixtures.accepted(request.apply(ledger));
    }

    /** The change that appends {@code accepted} at the current version. */
    MemberChange change(Accepted accepted) {
        return MemberChange.entries(id, version, accepted.entries(), accepted.ledger().lots());
    }

    /** Appends {@code accepted} under a fresh key; it must be applied. */
    Receipt append(Accepted accepted) {
        String key = nextKey();
        Receipt receipt = Fixtures.applied(store.append(Append.of(key, "fp-" + key, change(accepted))));
        appended(accepted);
        return receipt;
    }

    /** Works out a ledger request and appends it. */
    Receipt append(Function<Ledger, LedgerResult> request) {
        return append(plan(request));
    }

    /** Appends {@code change} (made at {@link #version()}) under a fresh key; it must be applied. */
    Receipt append(MemberChange change) {
        String key = nextKey();
        Receipt receipt = Fixtures.applied(store.append(Append.of(key, "fp-" + key, change)));
        version++;
        return receipt;
    }

    /** Adds {@code deltas} to the member's counters and records an activity at {@code activityAt}, if given. */
    Receipt count(Map<String, Long> deltas, Optional<Instant> activityAt) {
        return append(MemberChange.entries(id, version, List.of(), List.of()).withCounters(deltas, activityAt));
    }

    /** Records that {@code accepted} was appended (by the test itself), bumping the version. */
    void appended(Accepted accepted) {
        ledger = accepted.ledger();
        version++;
    }

    /** Earns {@code amount} active points at {@code at}, expiring at {@code expiresAt}. */
    Receipt earn(long amount, Instant at, Instant expiresAt) {
        return append(l -> l.earn(earnRequest(amount, at).expiringAt(expiresAt)));
    }

    /** Earns {@code amount} points at {@code at}, pending until {@code activatesAt}, never expiring. */
    Receipt earnPending(long amount, Instant at, Instant activatesAt) {
        return append(l -> l.earn(earnRequest(amount, at).pendingUntil(activatesAt)));
    }

    /** An earn of {@code amount} points at {@code at} that never expire, with a fresh key. */
    Earn earnRequest(long amount, Instant at) {
        return Earn.of(Fixtures.POINTS, amount, at, Reason.request("earn"), "earn-" + id + "-" + (requests + 1));
    }

    /** Redeems {@code amount} points at {@code at}. */
    Receipt redeem(long amount, Instant at) {
        return append(l -> l.redeem(new Redeem(Fixtures.POINTS, amount, at, Reason.request("redeem"), "redeem-" + id)));
    }
}
