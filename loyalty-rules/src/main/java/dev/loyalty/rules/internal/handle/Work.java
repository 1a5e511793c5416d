package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerResult;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.Play;
import dev.loyalty.rules.RewardGrant;
import dev.loyalty.rules.reward.CheckoutQuote;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What handling one event has decided so far: the ledger as the new entries leave it, counters,
 * messages and rewards. Ledger requests are applied one after another; the first rejection refuses the
 * whole event.
 */
final class Work {

    final MemberId member;
    final Instant at;
    private Ledger ledger;
    private final List<Entry> entries = new ArrayList<>();
    private final TreeSet<Long> touchedLots = new TreeSet<>();
    final Map<String, Long> counters = new TreeMap<>();
    final List<OutboxMessage> messages = new ArrayList<>();
    final List<RewardGrant> rewards = new ArrayList<>();
    private Optional<Outcome.Refusal> refusal = Optional.empty();
    final List<String> badges = new ArrayList<>();
    Optional<String> levelUp = Optional.empty();
    final List<dev.loyalty.rules.SpinResult> spins = new ArrayList<>();

    Work(MemberId member, Instant at, Ledger ledger) {
        this.member = member;
        this.at = at;
        this.ledger = ledger;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Applies a ledger request's result; a rejection refuses the event. Returns whether it was accepted. */
    boolean apply(LedgerResult result) {
        if (result instanceof Rejection rejection) {
            refuse(new Outcome.Refusal(rejection.code().name(), rejection.message(), Optional.empty()));
            return false;
        }
        Accepted accepted = (Accepted) result;
        for (Entry entry : accepted.entries()) {
            entries.add(entry);
            touchedLots.addAll(entry.touchedLots());
        }
        ledger = accepted.ledger();
        return true;
    }

    void count(String counter, long delta) {
        counters.merge(counter, delta, Math::addExact);
    }

    void refuse(Outcome.Refusal why) {
        if (refusal.isEmpty()) {
            refusal = Optional.of(why);
        }
    }

    Optional<Outcome.Refusal> refusal() {
        return refusal;
    }

    boolean refused() {
        return refusal.isPresent();
    }

    List<Entry> entries() {
        return entries;
    }

    /** What the event did in the games. */
    Play play() {
        return new Play(badges, levelUp, spins);
    }

    /** The lots the new entries created or changed, as they leave them. */
    List<Lot> lots() {
        return touchedLots.stream().map(ledger::lot).toList();
    }

    // What rewards, codes and checkouts use beyond the member's state (set by Handling), and what they add.

    /** Look-ups outside the member's state. */
    Lookups lookups = Lookups.NONE;
    /** The store ids of budgets the store found used up when this event was decided before. */
    Set<String> exhausted = Set.of();
    /** Budget claims for stock and codes, appended with the change. */
    final List<BudgetClaim> claims = new ArrayList<>();
    /** Codes issued, appended with the change. */
    final List<IssuedCode> codes = new ArrayList<>();
    /** What a checkout came to. */
    Optional<CheckoutQuote> checkout = Optional.empty();
}
