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
 * @param others changes to other members that go with the event's in the same append (a referral's
 *     inviter); their entries are in {@code entries} too
 * @param claims the budget claims to append with the changes, at most one per budget
 * @param withheld the awards withheld because a budget could not cover them
 * @param codes the codes issued, to append with the changes
 * @param checkout what a checkout came to
 */
public record Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
        List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal, Play play, List<MemberChange> others,
        List<BudgetClaim> claims, List<Outcome.Withheld> withheld, List<IssuedCode> codes, Optional<CheckoutQuote> checkout) {

    /** Copies the lists. */
    public Decided {
        entries = List.copyOf(entries);
        rewards = List.copyOf(rewards);
        notifications = List.copyOf(notifications);
        others = List.copyOf(others);
        claims = List.copyOf(claims);
        withheld = List.copyOf(withheld);
        codes = List.copyOf(codes);
        java.util.Objects.requireNonNull(checkout, "checkout");
    }

    /** What an event does, issuing no code and checking nothing out. */
    public Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal, Play play, List<MemberChange> others,
            List<BudgetClaim> claims, List<Outcome.Withheld> withheld) {
        this(change, entries, rewards, notifications, refusal, play, others, claims, withheld, List.of(), Optional.empty());
    }

    /** What an event does, claiming no budget and withholding nothing. */
    public Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal, Play play, List<MemberChange> others) {
        this(change, entries, rewards, notifications, refusal, play, others, List.of(), List.of());
    }

    /** The budget claims of both {@code first} and {@code second}: one claim per budget, their amounts added. */
    static List<BudgetClaim> claims(List<BudgetClaim> first, List<BudgetClaim> second) {
        java.util.Map<String, BudgetClaim> all = new java.util.LinkedHashMap<>();
        for (BudgetClaim claim : first) {
            all.put(claim.budget(), claim);
        }
        for (BudgetClaim claim : second) {
            all.merge(claim.budget(), claim, (a, b) -> BudgetClaim.of(a.budget(), Math.addExact(a.amount(), b.amount()), a.limit()));
        }
        return List.copyOf(all.values());
    }

    /** The awards withheld in {@code first} and {@code second}. */
    static List<Outcome.Withheld> withheld(List<Outcome.Withheld> first, List<Outcome.Withheld> second) {
        List<Outcome.Withheld> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** What an event does, without anything in the games. */
    public Decided(Optional<MemberChange> change, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Outcome.Refusal> refusal) {
        this(change, entries, rewards, notifications, refusal, Play.NONE, List.of());
    }

    /** Every member's change to append, the event's member first; empty when refused. */
    public List<MemberChange> changes() {
        List<MemberChange> all = new java.util.ArrayList<>();
        change.ifPresent(all::add);
        all.addAll(others);
        return all;
    }

    static Decided refused(Outcome.Refusal refusal) {
        return new Decided(Optional.empty(), List.of(), List.of(), List.of(), Optional.of(refusal));
    }
}
