package dev.loyalty.rules;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.rules.reward.CheckoutQuote;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What handling one event came to: the ledger entries it made, the rewards it granted and the
 * notifications it queued, each explainable by the rules (and program version) that produced it.
 *
 * @param eventId the event's id, its idempotency key
 * @param member the member
 * @param status whether the event was applied now, had been applied before, or was refused
 * @param entries the ledger entries made, in order, the event's member's first and then any other member's
 *     (a referral's inviter); for a repeated event, those made the first time
 * @param rewards rewards granted (redeemed or given by a rule); empty for a repeated event
 * @param notifications notifications put in the outbox; empty for a repeated event
 * @param refusal why the event was refused, for {@link Status#REFUSED}
 * @param program the program that handled the event, as {@code name@version}; for a repeated event, the
 *     one that handled it first as far as its entries tell, else the current one
 * @param play what the event did in the games: badges earned, a level reached; nothing for a repeated event
 * @param withheld awards the rules made that a budget could not cover, so they were not credited; empty
 *     for a repeated event
 * @param checkout what a {@link dev.loyalty.rules.facts.Checkout} came to: deductions and what is left to pay;
 *     empty for other events and for a repeated event
 */
public record Outcome(String eventId, MemberId member, Status status, List<Entry> entries, List<RewardGrant> rewards,
        List<OutboxMessage> notifications, Optional<Refusal> refusal, String program, Play play, List<Withheld> withheld,
        Optional<CheckoutQuote> checkout) {

    /** An outcome of an event that is no checkout. */
    public Outcome(String eventId, MemberId member, Status status, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Refusal> refusal, String program, Play play, List<Withheld> withheld) {
        this(eventId, member, status, entries, rewards, notifications, refusal, program, play, withheld, Optional.empty());
    }

    /** An outcome in which no award was withheld. */
    public Outcome(String eventId, MemberId member, Status status, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Refusal> refusal, String program, Play play) {
        this(eventId, member, status, entries, rewards, notifications, refusal, program, play, List.of());
    }

    /** How an event was handled. */
    public enum Status {
        /** Handled now; its changes were committed atomically. */
        APPLIED,
        /** Handled before under the same id; nothing changed now. */
        REPEATED,
        /** Refused for a business reason (a rule said no, not enough points); nothing changed. */
        REFUSED
    }

    /**
     * Why an event was refused.
     *
     * @param code a stable code, e.g. {@code INSUFFICIENT_POINTS} or one a rule chose
     * @param message a message for the member or the operator
     * @param rule the rule that refused it, if a rule did
     */
    public record Refusal(String code, String message, Optional<String> rule) {
        /** Validates the fields. */
        public Refusal {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * An award a rule made that was not credited because its budget could not cover it.
     *
     * @param rule the rule that made the award
     * @param pointType the award's point type
     * @param units the award's amount, in the type's smallest units
     * @param budget the budget it was to draw on
     * @param code {@link #BUDGET_EXHAUSTED} or {@link #MEMBER_LIMIT}
     */
    public record Withheld(String rule, String pointType, long units, String budget, String code) {

        /** The budget was used up by all members together. */
        public static final String BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED";
        /** The member has drawn as much of the budget as one member may. */
        public static final String MEMBER_LIMIT = "MEMBER_LIMIT";

        /** Validates the fields. */
        public Withheld {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(pointType, "pointType");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(code, "code");
        }
    }

    /** Validates the fields and copies the lists. */
    public Outcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(status, "status");
        entries = List.copyOf(entries);
        rewards = List.copyOf(rewards);
        notifications = List.copyOf(notifications);
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(play, "play");
        withheld = List.copyOf(withheld);
        Objects.requireNonNull(checkout, "checkout");
        if ((status == Status.REFUSED) != refusal.isPresent()) {
            throw new IllegalArgumentException("a refusal is given exactly when the status is REFUSED, but status is " + status);
        }
    }

    /** An outcome without anything in the games. */
    public Outcome(String eventId, MemberId member, Status status, List<Entry> entries, List<RewardGrant> rewards,
            List<OutboxMessage> notifications, Optional<Refusal> refusal, String program) {
        this(eventId, member, status, entries, rewards, notifications, refusal, program, Play.NONE);
    }

    /** The badges the member earned with the event ({@link Play#badges()}). */
    public List<String> badges() {
        return play.badges();
    }

    /** The level the member reached with the event, if they moved up ({@link Play#levelUp()}). */
    public Optional<String> levelUp() {
        return play.levelUp();
    }

    /** The wheels spun for the event, each with its seed and prize ({@link Play#spins()}). */
    public List<SpinResult> spins() {
        return play.spins();
    }

    /** Whether the event's changes are in the store (now or from before). */
    public boolean isApplied() {
        return status != Status.REFUSED;
    }

    /**
     * The sum of the member's entries' amounts of {@code pointType}: what the event changed the member's
     * balance by (entries of other members, such as a referral's inviter, are not counted).
     */
    public long points(String pointType) {
        return points(member, pointType);
    }

    /** The sum of {@code of}'s entries' amounts of {@code pointType}, e.g. what a referral earned the inviter. */
    public long points(MemberId of, String pointType) {
        return entries.stream().filter(entry -> entry.member().equals(of) && entry.pointType().equals(pointType))
                .mapToLong(Entry::amount).sum();
    }

    /**
     * A short-lived bonus the event credited: points a rule gave their own expiry
     * ({@code decisions.award("points", 500).expiresInDays(7)}), to tell the member "until when".
     *
     * @param entry the entry's sequence number
     * @param pointType the point type
     * @param units how much, in the type's smallest units
     * @param expiresAt when what is left of it expires
     * @param rule the rule that gave it
     */
    public record Deadline(long entry, String pointType, long units, Instant expiresAt, String rule) {
        /** Validates the fields. */
        public Deadline {
            Objects.requireNonNull(pointType, "pointType");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The short-lived bonuses among the entries, earliest deadline first (in entry order among equals). */
    public List<Deadline> deadlines() {
        return explanations().stream().filter(why -> why.deadline().isPresent())
                .map(why -> new Deadline(why.entry(), entry(why.entry()).pointType(), entry(why.entry()).amount(),
                        why.deadline().get(), why.name()))
                .sorted(java.util.Comparator.comparing(Deadline::expiresAt))
                .toList();
    }

    private Entry entry(long sequence) {
        return entries.stream().filter(entry -> entry.sequence() == sequence).findFirst().orElseThrow();
    }

    /** Why each entry was made, in entry order. */
    public List<Explanation> explanations() {
        return entries.stream().map(Explanation::of).toList();
    }
}
