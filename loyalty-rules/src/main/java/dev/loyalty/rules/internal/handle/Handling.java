package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.DuplicateMemberException;
import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Checkout;
import dev.loyalty.rules.facts.Compensation;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.MembershipPayment;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionCancel;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.facts.Referral;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.rules.facts.Spin;
import dev.loyalty.rules.internal.eval.Credit;
import dev.loyalty.rules.internal.eval.Evaluator;
import dev.loyalty.rules.internal.eval.Verdict;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what one event does to one member with one program: builds the facts, fires the rules,
 * applies the event's own effect (a refund's reversal, a redemption's cost), credits what the rules
 * awarded, counts, and moves the tier. Pure: reads only its arguments; the caller appends the change.
 */
public final class Handling {

    private final CompiledProgram program;
    private final Evaluator evaluator;
    private final Set<String> exhaustedBudgets;
    private final Lookups lookups;

    /** Handling with {@code program}, whose rules {@code evaluator} fires. */
    public Handling(CompiledProgram program, Evaluator evaluator) {
        this(program, evaluator, Set.of(), Lookups.NONE);
    }

    private Handling(CompiledProgram program, Evaluator evaluator, Set<String> exhaustedBudgets, Lookups lookups) {
        this.program = program;
        this.evaluator = evaluator;
        this.exhaustedBudgets = Set.copyOf(exhaustedBudgets);
        this.lookups = lookups;
    }

    /**
     * This handling, knowing that the budgets with store ids {@code budgets} are used up: the awards that
     * draw on them are withheld.
     */
    public Handling exhausting(Set<String> budgets) {
        return budgets.isEmpty() && exhaustedBudgets.isEmpty() ? this : new Handling(program, evaluator, budgets, lookups);
    }

    /** This handling, looking up codes, budgets and partner codes with {@code with}. */
    public Handling lookingUp(Lookups with) {
        return new Handling(program, evaluator, exhaustedBudgets, with);
    }

    /** The program. */
    public CompiledProgram program() {
        return program;
    }

    /**
     * What {@code event} does to the member in {@code state} (empty only for an enrollment); wheels spun
     * for it draw from {@code seed}.
     *
     * @throws DuplicateMemberException if an enrollment names a member that exists
     */
    public Decided decide(Optional<MemberState> state, Event event, long seed) {
        Wheels.Seeds seeds = new Wheels.Seeds(seed);
        dev.loyalty.core.member.Member profile = checked(state, event);
        Ledger ledger = state.map(stored -> ledgerOf(program, stored)).orElseGet(() -> Ledger.empty(program.ledgerPolicy(), profile.id()));
        Map<String, Long> counters = state.map(MemberState::counters).orElse(Map.of());
        Tiers tiers = new Tiers(program, state, profile);
        List<Object> facts = Facts.of(program, profile, tiers.currentId(), counters, ledger, event);
        Member member = (Member) facts.get(0);
        Verdict verdict = evaluator.evaluate(facts, lines(event), (type, amount) -> program.type(type).toUnits(amount, program.rounding()));
        Work work = new Work(profile.id(), event.getAt(), ledger);
        work.lookups = lookups;
        work.exhausted = exhaustedBudgets;
        BudgetGate budgets = new BudgetGate(program, exhaustedBudgets, counters);
        verdict.rejection().ifPresent(no -> work.refuse(new Outcome.Refusal(no.code(), no.message(), Optional.of(no.rule()))));
        if (!work.refused()) {
            effect(work, event, member, counters, seeds);
        }
        if (!work.refused()) {
            decisions(work, verdict, event, member, counters, budgets, seeds);
        }
        if (work.refused()) {
            return Decided.refused(work.refusal().orElseThrow());
        }
        Urgency.tellDeadline(work, profile.zone());
        MemberChange change = Engagement.onEvent(program, state, profile, event, work, change(state, profile, work, event, tiers, counters));
        return new Decided(Optional.of(change), work.entries(), work.rewards, work.messages, Optional.empty(), work.play(),
                List.of(), Decided.claims(budgets.claims(), work.claims), budgets.withheld(), work.codes, work.checkout);
    }

    /** The member's profile, once the event is found to fit the program and the member. */
    private dev.loyalty.core.member.Member checked(Optional<MemberState> state, Event event) {
        if (event instanceof Purchase purchase && !purchase.getCurrency().equals(program.currency().getCurrencyCode())) {
            throw new InvalidRequestException("purchase '" + purchase.getId() + "' is in " + purchase.getCurrency()
                    + ", but program '" + program.name() + "' counts " + program.currency().getCurrencyCode());
        }
        if (event instanceof Enrollment && state.isPresent()) {
            throw new DuplicateMemberException(event.getMemberId());
        }
        dev.loyalty.core.member.Member profile = event instanceof Enrollment enrollment
                ? enrollment.getProfile() : state.orElseThrow().member();
        if (event.getAt().isBefore(profile.enrolledAt())) {
            throw new InvalidRequestException(event.getType() + " '" + event.getId() + "' at " + event.getAt()
                    + " is before member '" + profile.id() + "' enrolled at " + profile.enrolledAt());
        }
        return profile;
    }

    /** Applies what the rules decided: credits, gifts and notifications. */
    private void decisions(Work work, Verdict verdict, Event event, Member member, Map<String, Long> counters,
            BudgetGate budgets, Wheels.Seeds seeds) {
        credit(work, verdict, event, budgets);
        Games.award(work, program, verdict.badges(), counters, event.getId());
        Wheels.grant(work, program, verdict.spins());
        Wheels.surprise(work, program, verdict.surprises(), event, seeds);
        verdict.grants().forEach(gift -> Redemptions.grant(work, program, Rules.known(gift.rule(), () -> program.reward(gift.value())), 0,
                Optional.of(gift.rule()), event.getId()));
        verdict.notices().forEach(notice -> work.messages.add(message(work, notice, member, event)));
    }

    private void effect(Work work, Event event, Member member, Map<String, Long> counters, Wheels.Seeds seeds) {
        if (event instanceof Purchase purchase) {
            work.count("purchases", 1);
            PurchaseDates.count(work, purchase, counters);
            work.count("spend." + purchase.getCurrency(), purchase.getTotal().unscaledValue().longValueExact());
        } else if (event instanceof Refund refund) {
            work.count("refunds", 1);
            Refunds.apply(work, program, refund);
        } else if (event instanceof RedemptionRequest request) {
            Redemptions.apply(work, program, request, member, counters);
        } else if (event instanceof RedemptionCancel cancel) {
            Cancels.apply(work, program, cancel);
        } else if (event instanceof Checkout checkout) {
            Checkouts.apply(work, program, checkout, member, counters);
        } else if (event instanceof MembershipPayment payment) {
            Memberships.pay(work, program, payment, counters);
        } else if (event instanceof Compensation compensation) {
            Compensations.apply(work, program, compensation);
        } else if (event instanceof Activity activity) {
            work.count("activity." + activity.getKind(), 1);
        } else if (event instanceof Referral referral) {
            work.count("referrals." + referral.getStage(), 1);
        } else if (event instanceof Spin spin) {
            Wheels.spin(work, program, spin, counters, seeds);
        }
    }

    private void credit(Work work, Verdict verdict, Event event, BudgetGate budgets) {
        String total = event instanceof Purchase purchase ? purchase.getTotal().toPlainString() : "";
        for (Credit credit : verdict.credits()) {
            if (!budgets.admits(credit, work)) {
                continue;
            }
            PointTypeConfig type = Rules.known(credit.rule(), () -> program.pointType(credit.pointType()));
            Instant at = event.getAt();
            Instant activatesAt = credit.pendingForDays().isPresent()
                    ? plusDays(at, credit.pendingForDays().getAsInt()) : plus(at, type.pending());
            Instant expiresAt = credit.expiresInDays().isPresent()
                    ? plusDays(activatesAt, credit.expiresInDays().getAsInt())
                    : type.expiry().map(expiry -> expiry.expiresAt(activatesAt, program.zone())).orElse(Lot.NEVER);
            Earn earn = new Earn(credit.pointType(), credit.units(), at, activatesAt, expiresAt,
                    Urgency.reason(Reasons.credit(credit, program, event, total), credit, expiresAt), event.getId());
            if (!work.apply(work.ledger().earn(earn))) {
                return;
            }
        }
    }

    private Instant plusDays(Instant at, int days) {
        return ZonedDateTime.ofInstant(at, program.zone()).plusDays(days).toInstant();
    }

    private Instant plus(Instant at, java.time.Period period) {
        return ZonedDateTime.ofInstant(at, program.zone()).plus(period).toInstant();
    }

    private OutboxMessage message(Work work, Verdict.Ruled notice, Member member, Event event) {
        return new OutboxMessage(work.member, event.getId() + "/" + notice.value(), notice.value(),
                Map.of("name", member.getName(), "rule", notice.rule(), "program", Reasons.program(program)), work.at);
    }

    private MemberChange change(Optional<MemberState> state, dev.loyalty.core.member.Member profile, Work work, Event event,
            Tiers tiers, Map<String, Long> counters) {
        long version = state.map(MemberState::version).orElse(0L);
        MemberChange change = new MemberChange(profile.id(), version,
                event instanceof Enrollment ? Optional.of(profile) : Optional.empty(), work.entries(), work.lots(), Map.of(),
                Optional.empty(), List.of(), Optional.empty(), List.of());
        boolean activity = event instanceof Purchase || event instanceof Activity;
        change = change.withCounters(work.counters, activity ? Optional.of(event.getAt()) : Optional.empty())
                .withMessages(work.messages);
        return tiers.update(change, work.ledger(), counters, work.counters, event.getAt());
    }

    private static List<Line> lines(Event event) {
        return event instanceof Purchase purchase ? purchase.getLines() : List.of();
    }

    /**
     * The ledger of the member in {@code state}, restored from its stored entries and lots.
     *
     * @throws StoreException if they do not fit together
     */
    static Ledger ledgerOf(CompiledProgram program, MemberState state) {
        try {
            return Ledger.restore(program.ledgerPolicy(), state.member().id(), state.entries(), state.lots());
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("the stored ledger of member '" + state.member().id() + "' is corrupt: " + e.getMessage());
        }
    }
}
