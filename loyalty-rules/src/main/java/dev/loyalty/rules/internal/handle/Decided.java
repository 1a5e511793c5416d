package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.Play;
import dev.loyalty.rules.RewardGrant;
import dev.loyalty.rules.reward.CheckoutQuote;
import dev.loyalty.spi.BudgetClaim;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.OutboxMessage;
import java.util.List;
import java.util.Optional;

/**
 * What an event does to a member: the change to append (empty when refused) and what to report.
 *
 * @param change the change to append, computed from the loaded version
 * @param entries the new ledger entries
 * @param rewards the rewards granted
 * @param notifications the messages queued
 * @param refusal why the event was refused; then nothing is appended
 * @param play what the event did in the games
 * @param claims the budget claims to append with the change, at most one per budget
 * @param codes the codes issued, to append with the change
 * @param checkout what a checkout came to
 */
public record Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
        List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal, Play play, List<BudgetClaim> claims,
        List<IssuedCode> codes, Optional<CheckoutQuote> checkout) {

    /** Copies the lists. */
    public Decided {
        entries = List.copyOf(entries);
        rewards = List.copyOf(rewards);
        notifications = List.copyOf(notifications);
        claims = List.copyOf(claims);
        codes = List.copyOf(codes);
        java.util.Objects.requireNonNull(checkout, "checkout");
    }

    /** What an event does, claiming no budget and issuing no code. */
    public Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal, Play play) {
        this(change, entries, rewards, notifications, refusal, play, List.of(), List.of(), Optional.empty());
    }

    /** What an event does, without anything in the games. */
    public Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal) {
        this(change, entries, rewards, notifications, refusal, Play.NONE);
    }

    static Decided refused(Outcome.Refusal refusal) {
        return new Decided(Optional.empty(), List.of(), List.of(), List.of(), Optional.of(refusal));
    }
}
