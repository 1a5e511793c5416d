package dev.loyalty.rules;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.accounts.Sweep;
import dev.loyalty.core.ConcurrencyException;
import dev.loyalty.core.DuplicateMemberException;
import dev.loyalty.core.IdempotencyConflictException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.internal.eval.Evaluator;
import dev.loyalty.rules.internal.handle.BudgetGate;
import dev.loyalty.rules.internal.handle.Decided;
import dev.loyalty.rules.internal.handle.Handling;
import dev.loyalty.rules.internal.handle.Lookups;
import dev.loyalty.rules.internal.handle.Lotteries;
import dev.loyalty.rules.program.LotteryConfig;
import dev.loyalty.rules.internal.handle.Referrals;
import dev.loyalty.rules.internal.handle.Segmentation;
import dev.loyalty.rules.internal.handle.TierReview;
import dev.loyalty.rules.internal.handle.TimedNotices;
import dev.loyalty.rules.internal.handle.WinBacks;
import dev.loyalty.rules.internal.load.Programs;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.spi.PartnerCodePool;
import dev.loyalty.spi.RandomSource;
import dev.loyalty.spi.Receipt;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loyalty engine: handles members' events with a program's rules and keeps the results in a store.
 *
 * <pre>{@code
 * LoyaltyEngine engine = LoyaltyEngine.builder()
 *         .program(CompiledProgram.load(Path.of("programs/coffee-club")))
 *         .store(InMemoryStore.create())
 *         .clock(Clock.systemUTC())
 *         .build();
 * engine.handle(Enrollment.of(anna));
 * Outcome outcome = engine.handle(Purchase.of("order-1001", anna.id(), now, "EUR", "12.50", "beans"));
 * }</pre>
 *
 * <p>{@link #handle} loads the member, fires the program's rules, checks the result against the ledger's
 * invariants, and commits the entries, counters, tier and notifications in one atomic append under the
 * event's id. An event handled before returns its first outcome ({@link Outcome.Status#REPEATED}); a
 * concurrent change to the member makes the engine load and decide again. {@link #reload} swaps the
 * program atomically: each event is handled wholly by the program that was current when its attempt
 * started.
 *
 * <p>Thread-safe; one engine serves the whole host.
 */
public final class LoyaltyEngine {

    private final LoyaltyStore store;
    private final Clock clock;
    private final RandomSource random;
    private final int maxAttempts;
    private final AtomicReference<Handling> current;
    private final Lookups lookups;

    /** How many due members a sweep reads per page. */
    private static final int PAGE_SIZE = 500;

    private LoyaltyEngine(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store is required");
        this.clock = builder.clock;
        this.random = builder.random;
        this.maxAttempts = builder.maxAttempts;
        this.lookups = Lookups.of(store, random, builder.partnerCodes);
        this.current = new AtomicReference<>(handling(Objects.requireNonNull(builder.program, "program is required")));
    }

    /** Starts building an engine; {@code program} and {@code store} are required. */
    public static Builder builder() {
        return new Builder();
    }

    private static Handling handling(CompiledProgram program) {
        return new Handling(program, new Evaluator(Programs.kieBase(program)));
    }

    /**
     * Handles {@code event}.
     *
     * @throws UnknownMemberException if the event is about a member who never enrolled
     * @throws DuplicateMemberException if an enrollment names a member enrolled with another profile
     * @throws IdempotencyConflictException if the event's id was used before for another event
     * @throws RuleException if a rule fails; nothing is changed
     * @throws ConcurrencyException if the member kept changing for every attempt
     */
    public Outcome handle(Event event) {
        Objects.requireNonNull(event, "event");
        MemberId member = event.getMemberId();
        String fingerprint = Fingerprints.of(event);
        long seed = random.nextLong();
        Set<String> exhaustedBudgets = new HashSet<>();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Handling handling = current.get();
            Optional<Receipt> receipt = store.findReceipt(member, event.getId());
            if (receipt.isPresent()) {
                return repeated(event, receipt.get(), fingerprint, handling);
            }
            Optional<MemberState> state = event instanceof Enrollment ? store.find(member) : Optional.of(store.load(member));
            if (event instanceof Enrollment && state.isPresent()) {
                Receipt first = store.findReceipt(member, event.getId())
                        .orElseThrow(() -> new DuplicateMemberException(member));
                return repeated(event, first, fingerprint, handling);
            }
            Decided decided = Referrals.decide(handling.exhausting(exhaustedBudgets).lookingUp(lookups), state, event, store::find, seed);
            String program = Fingerprints.program(handling.program());
            if (decided.refusal().isPresent()) {
                return new Outcome(event.getId(), member, Outcome.Status.REFUSED, List.of(), List.of(), List.of(), decided.refusal(), program);
            }
            AppendResult result = store.append(new Append(event.getId(), fingerprint, decided.changes(), decided.claims(), decided.codes()));
            if (result instanceof AppendResult.Applied) {
                return new Outcome(event.getId(), member, Outcome.Status.APPLIED, decided.entries(), decided.rewards(),
                        decided.notifications(), Optional.empty(), program, decided.play(), decided.withheld(), decided.checkout());
            }
            if (result instanceof AppendResult.Duplicate duplicate) {
                return repeated(event, duplicate.receipt(), fingerprint, handling);
            }
            if (result instanceof AppendResult.KeyConflict conflict) {
                throw new IdempotencyConflictException(member, conflict.first().requestKey());
            }
            if (result instanceof AppendResult.BudgetExhausted exhausted) {
                if (!exhaustedBudgets.add(exhausted.budget())) {
                    throw new IllegalStateException("the store refused budget '" + exhausted.budget()
                            + "' again, though the engine claimed nothing of it for event '" + event.getId() + "'");
                }
                attempt--; // not a concurrent change: decide again, withholding that budget's awards
            }
        }
        throw new ConcurrencyException(member, maxAttempts);
    }

    private static Outcome repeated(Event event, Receipt receipt, String fingerprint, Handling handling) {
        if (!receipt.fingerprint().equals(fingerprint)) {
            if (event instanceof Enrollment) {
                throw new DuplicateMemberException(event.getMemberId());
            }
            throw new IdempotencyConflictException(event.getMemberId(), event.getId());
        }
        String program = receipt.entries().stream().map(Entry::reason)
                .map(reason -> reason.details().get(Explanation.PROGRAM)).filter(Objects::nonNull).findFirst()
                .orElse(Fingerprints.program(handling.program()));
        return new Outcome(event.getId(), event.getMemberId(), Outcome.Status.REPEATED, receipt.entries(), List.of(), List.of(),
                Optional.empty(), program);
    }

    /**
     * Runs the time-driven work due by {@code at}, as set-based sweeps over the store's due-work queries
     * (so it costs in proportion to what is due, not to all members): expires the lots whose expiry has
     * come, activates pending lots whose time has come, and re-evaluates the tier of every member whose
     * re-evaluation or grace period is due (which may start a grace period, clear it, or move the member
     * down). Then, as the program configures (see {@code docs/engagement.md}): wins back inactive members,
     * writes the time-driven messages (points expiring, birthdays, surveys), and, for RFM and lifecycle
     * segments, makes one pass over all members. Safe to run again for the same instant, also
     * concurrently: nothing is recorded twice.
     */
    public Advance advanceTo(Instant at) {
        Objects.requireNonNull(at, "at");
        CompiledProgram program = current.get().program();
        Sweep sweep = Accounts.builder().store(store).policy(program.ledgerPolicy()).build().advanceTo(at);
        long tierChanges = reviewTiers(program, at);
        long winBacks = new WinBacks(program, store, maxAttempts).run(at);
        long messages = new TimedNotices(program, store, maxAttempts).run(at);
        long segmented = new Segmentation(program, store, maxAttempts).run(at);
        return new Advance(sweep.expired(), sweep.activated(), tierChanges, messages, winBacks, segmented);
    }

    /** Re-evaluates the tier of every member due by {@code at}; returns the tier changes recorded. */
    private long reviewTiers(CompiledProgram program, Instant at) {
        long changes = 0;
        String key = "tier-review@" + at;
        Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        while (request.isPresent()) {
            Page<MemberId> page = store.membersDueForTierReview(at, request.get());
            for (MemberId member : page.items()) {
                changes += reviewTier(program, member, at, key);
            }
            request = request.get().next(page);
        }
        return changes;
    }

    private long reviewTier(CompiledProgram program, MemberId member, Instant at, String key) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (store.findReceipt(member, key).isPresent()) {
                return 0;
            }
            Optional<MemberChange> change = TierReview.review(program, store.load(member), at);
            if (change.isEmpty()) {
                return 0;
            }
            AppendResult result = store.append(Append.of(key, Fingerprints.of(key), change.get()));
            if (result instanceof AppendResult.Applied) {
                return change.get().tierChanges().size();
            }
            if (!(result instanceof AppendResult.VersionConflict)) {
                return 0;
            }
        }
        throw new ConcurrencyException(member, maxAttempts);
    }

    /**
     * Draws lottery {@code lotteryId} of {@code games.lotteries} at {@code at}: finds its candidates,
     * takes a seed from the engine's random source and picks the winners. Changes nothing; {@link #settle}
     * credits the prizes. Keep the {@link Draw} (or its seed and candidates) to let anyone verify it.
     *
     * @throws dev.loyalty.rules.program.UnknownIdException if the program has no such lottery
     */
    public Draw lottery(String lotteryId, Instant at) {
        CompiledProgram program = current.get().program();
        LotteryConfig lottery = program.games().lottery(lotteryId);
        List<MemberId> candidates = Lotteries.candidates(program, store, lottery, at);
        return Draw.of(lottery.id(), at, random.nextLong(), candidates, lottery.winners());
    }

    /**
     * Credits the prize of {@code draw} to each winner, one append per winner under the key
     * {@code draw:<lottery>@<at>}, whose entries record the seed and the candidates' digest. Settling the
     * same draw again changes nothing (the outcomes are {@link Outcome.Status#REPEATED}).
     *
     * @throws IllegalArgumentException if the draw does not {@linkplain Draw#verify() verify}
     */
    public List<Outcome> settle(Draw draw) {
        if (!draw.verify()) {
            throw new IllegalArgumentException("draw of lottery '" + draw.lottery() + "' at " + draw.at()
                    + " does not verify: its winners are not what its seed picks from its candidates");
        }
        CompiledProgram program = current.get().program();
        String fingerprint = Fingerprints.of(Lotteries.key(draw) + "|" + draw.seed() + "|" + draw.candidatesDigest());
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (int rank = 0; rank < draw.winners().size(); rank++) {
            outcomes.add(Lotteries.settle(program, store, lookups, draw, rank, fingerprint, maxAttempts));
        }
        return outcomes;
    }

    /**
     * How much of budget {@code budget} of the current program ({@code budgets:} in program.yaml) the
     * members have drawn, in the budget's unit.
     *
     * @throws dev.loyalty.rules.program.UnknownIdException if the program has no such budget
     */
    public long budgetUsed(String budget) {
        CompiledProgram program = current.get().program();
        return store.budgetUsed(BudgetGate.storeId(program, program.budget(budget).id()));
    }

    /** {@link #advanceTo} the clock's current instant. */
    public Advance advance() {
        return advanceTo(clock.instant());
    }

    /**
     * Makes {@code program} the one that handles events from now on. Events being handled finish with
     * the program they started with (or, if they must retry, with the new one); none sees a mix.
     */
    public void reload(CompiledProgram program) {
        current.set(handling(Objects.requireNonNull(program, "program")));
    }

    /** The program that handles events now. */
    public CompiledProgram program() {
        return current.get().program();
    }

    /** The store. */
    public LoyaltyStore store() {
        return store;
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The random source draws are made with. */
    public RandomSource random() {
        return random;
    }

    /** Builds a {@link LoyaltyEngine}. */
    public static final class Builder {

        private CompiledProgram program;
        private LoyaltyStore store;
        private Clock clock = Clock.systemUTC();
        private RandomSource random = RandomSource.secure();
        private int maxAttempts = 32;
        private PartnerCodePool partnerCodes = PartnerCodePool.none();

        private Builder() {}

        /** The program; required. */
        public Builder program(CompiledProgram value) {
            this.program = Objects.requireNonNull(value, "program");
            return this;
        }

        /** The store; required. */
        public Builder store(LoyaltyStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock for {@link LoyaltyEngine#advance()}; default the system clock in UTC. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The random source for draws; default {@link RandomSource#secure()}. */
        public Builder random(RandomSource value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** The partner code pools that rewards with a {@code partnerPool} draw from; default none. */
        public Builder partnerCodes(PartnerCodePool value) {
            this.partnerCodes = Objects.requireNonNull(value, "partnerCodes");
            return this;
        }

        /** How often an event is decided again after concurrent changes before it fails; default 32. */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, but was " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /** The engine. */
        public LoyaltyEngine build() {
            return new LoyaltyEngine(this);
        }
    }
}
