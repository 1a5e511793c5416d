package dev.loyalty.accounts;

import dev.loyalty.core.ConcurrencyException;
import dev.loyalty.core.DuplicateMemberException;
import dev.loyalty.core.IdempotencyConflictException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Accepted;
import dev.loyalty.core.ledger.Adjustment;
import dev.loyalty.core.ledger.Earn;
import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.ledger.LedgerResult;
import dev.loyalty.core.ledger.Redeem;
import dev.loyalty.core.ledger.Rejection;
import dev.loyalty.core.ledger.Reversal;
import dev.loyalty.core.ledger.Transfer;
import dev.loyalty.core.ledger.TransferResult;
import dev.loyalty.core.ledger.Transferred;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.tier.TierDecision;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.core.tier.TierMetrics;
import dev.loyalty.core.tier.TierStatus;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.spi.Receipt;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Members' points accounts kept in a {@link LoyaltyStore}.
 *
 * <p>Each request loads the member, decides with the pure {@link Ledger}, and appends the entries with
 * the member's version and the request's idempotency key, in one atomic append. A request whose key was
 * applied before returns the first result ({@link Posting.Posted#repeated()}); a concurrent change makes
 * it reload and decide again, up to {@code maxAttempts} times. Business refusals (not enough points) are
 * {@link Posting.Refused} values and change nothing.
 *
 * <pre>{@code
 * Accounts accounts = Accounts.builder()
 *         .store(InMemoryStore.create())
 *         .policy(LedgerPolicy.of(ReversalPolicy.DEBT, PointType.spendable("points", 0)))
 *         .build();
 * accounts.enroll(member);
 * accounts.earn(member.id(), Earn.of("points", 120, now, Reason.rule("base-earn"), "order-1001"));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Accounts {

    private final LoyaltyStore store;
    private final LedgerPolicy policy;
    private final int maxAttempts;
    private final int pageSize;
    private final int sweepThreads;

    private Accounts(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store is required");
        this.policy = Objects.requireNonNull(builder.policy, "policy is required");
        this.maxAttempts = builder.maxAttempts;
        this.pageSize = builder.pageSize;
        this.sweepThreads = builder.sweepThreads;
    }

    /** Starts building accounts over a store. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Enrolls {@code member}.
     *
     * @throws DuplicateMemberException if a member with the same id is enrolled
     */
    public void enroll(Member member) {
        String key = "enroll:" + member.id();
        AppendResult result = unclaimed(store.append(Append.of(key, Fingerprint.of("enroll", member), MemberChange.enrollment(member))));
        if (result instanceof AppendResult.VersionConflict || result instanceof AppendResult.KeyConflict) {
            throw new DuplicateMemberException(member.id());
        }
    }

    /** Credits points to {@code member}; see {@link Ledger#earn}. */
    public Posting earn(MemberId member, Earn earn) {
        return post(member, earn.requestKey(), Fingerprint.of("earn", earn), ledger -> ledger.earn(earn));
    }

    /** Spends points of {@code member}; see {@link Ledger#redeem}. */
    public Posting redeem(MemberId member, Redeem redeem) {
        return post(member, redeem.requestKey(), Fingerprint.of("redeem", redeem), ledger -> ledger.redeem(redeem));
    }

    /** Reverses an earn or redemption of {@code member}; see {@link Ledger#reverse}. */
    public Posting reverse(MemberId member, Reversal reversal) {
        return post(member, reversal.requestKey(), Fingerprint.of("reverse", reversal), ledger -> ledger.reverse(reversal));
    }

    /** An operator's correction to {@code member}'s points; see {@link Ledger#adjust}. */
    public Posting adjust(MemberId member, Adjustment adjustment) {
        return post(member, adjustment.requestKey(), Fingerprint.of("adjust", adjustment), ledger -> ledger.adjust(adjustment));
    }

    /** Moves points between two members, atomically; the key is scoped to the giving member. */
    public Posting transfer(Transfer transfer) {
        String fingerprint = Fingerprint.of("transfer", transfer);
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Optional<Posting> repeated = repeated(transfer.from(), transfer.requestKey(), fingerprint);
            if (repeated.isPresent()) {
                return repeated.get();
            }
            MemberState from = store.load(transfer.from());
            MemberState to = store.load(transfer.to());
            TransferResult result = Ledger.transfer(ledgerOf(from), ledgerOf(to), transfer);
            if (result instanceof Rejection rejection) {
                return new Posting.Refused(rejection);
            }
            Transferred done = (Transferred) result;
            Append append = new Append(transfer.requestKey(), fingerprint,
                    List.of(change(from, done.from()), change(to, done.to())));
            Optional<Posting> posted = settle(transfer.from(), store.append(append));
            if (posted.isPresent()) {
                return posted.get();
            }
        }
        throw new ConcurrencyException(transfer.from(), maxAttempts);
    }

    /**
     * Runs the time-driven work due by {@code at}: records the expiry of every lot whose expiry instant
     * has come and activates every pending lot whose activation instant has come. Works through the
     * store's due-work queries page by page, so it costs in proportion to the lots due, not to all
     * members. Running it again for the same instant records nothing more, also when hosts run it
     * concurrently: each sweep reports only the entries it recorded itself. The members of a page are
     * worked on by up to {@link Builder#sweepThreads(int)} threads at once, each member by one of them.
     */
    public Sweep advanceTo(Instant at) {
        Set<MemberId> changed = ConcurrentHashMap.newKeySet();
        long expired = sweep("expire", at, page -> store.lotsExpiring(at, page), Ledger::expire, changed);
        long activated = sweep("activate", at, page -> store.lotsActivating(at, page), Ledger::activate, changed);
        return new Sweep(expired, activated, changed.size());
    }

    /**
     * One pass of {@link #advanceTo}: applies {@code work} to every member with a due lot, under the key
     * {@code name@at}, adds the members it changed to {@code changed} and returns the entries it recorded.
     */
    private long sweep(String name, Instant at, Function<PageRequest, Page<DueLot>> due,
            TimedWork work, Set<MemberId> changed) {
        String key = name + "@" + at;
        String fingerprint = Fingerprint.of(name, at);
        LongAdder recorded = new LongAdder();
        DueWork.forEachMember(due, pageSize, sweepThreads, member -> {
            int made = recorded(post(member, key, fingerprint, ledger -> work.apply(ledger, at, key), false));
            recorded.add(made);
            if (made > 0) {
                changed.add(member);
            }
        });
        return recorded.sum();
    }

    /** Time-driven ledger work: {@link Ledger#expire} or {@link Ledger#activate}. */
    @FunctionalInterface
    private interface TimedWork {
        Accepted apply(Ledger ledger, Instant at, String requestKey);
    }

    /**
     * Evaluates {@code member}'s tier against {@code metrics} at {@code at} and records the outcome with
     * the member's version: an upgrade at once, a downgrade only at a re-evaluation after the grace
     * period (see {@link TierLadder#evaluate}). A member never evaluated starts in the entry tier as of
     * enrollment. Nothing is written when nothing changed.
     *
     * @return the decision, with the tier changes it recorded
     */
    public TierDecision updateTier(MemberId member, TierLadder ladder, TierMetrics metrics, Instant at) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            MemberState state = store.load(member);
            TierStatus current = state.tier().orElseGet(() -> ladder.initialStatus(state.member().enrolledAt()));
            TierDecision decision = ladder.evaluate(current, metrics, at);
            if (decision.status().equals(current) && state.tier().isPresent()) {
                return decision;
            }
            String key = "tier@" + at + "/v" + state.version();
            MemberChange change = MemberChange.entries(member, state.version(), List.of(), List.of())
                    .withTier(decision.status(), decision.changes());
            AppendResult result = unclaimed(store.append(Append.of(key, Fingerprint.of("tier", decision), change)));
            if (result instanceof AppendResult.KeyConflict conflict) {
                throw new IdempotencyConflictException(member, conflict.first().requestKey());
            }
            if (!(result instanceof AppendResult.VersionConflict)) {
                return decision;
            }
        }
        throw new ConcurrencyException(member, maxAttempts);
    }

    /** The current ledger of {@code member}, rebuilt from the store. */
    public Ledger ledger(MemberId member) {
        return ledgerOf(store.load(member));
    }

    /** The store these accounts use. */
    public LoyaltyStore store() {
        return store;
    }

    /** The ledger policy these accounts apply. */
    public LedgerPolicy policy() {
        return policy;
    }

    private Posting post(MemberId member, String key, String fingerprint, Function<Ledger, LedgerResult> decide) {
        return post(member, key, fingerprint, decide, true);
    }

    /**
     * Decides on the member's current ledger and appends. With {@code receiptFirst} it looks for the key's
     * receipt first; a sweep does not, to spare a read per member: what it would find there, the append
     * answers too (a duplicate), and a sweep already run finds nothing due, so it posts nothing either way.
     */
    private Posting post(MemberId member, String key, String fingerprint, Function<Ledger, LedgerResult> decide, boolean receiptFirst) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Optional<Posting> repeated = receiptFirst ? repeated(member, key, fingerprint) : Optional.empty();
            if (repeated.isPresent()) {
                return repeated.get();
            }
            MemberState state = store.load(member);
            LedgerResult result = decide.apply(ledgerOf(state));
            if (result instanceof Rejection rejection) {
                return new Posting.Refused(rejection);
            }
            Accepted accepted = (Accepted) result;
            if (accepted.entries().isEmpty()) {
                return new Posting.Posted(List.of(), false);
            }
            Optional<Posting> posted = settle(member, store.append(Append.of(key, fingerprint, change(state, accepted))));
            if (posted.isPresent()) {
                return posted.get();
            }
        }
        throw new ConcurrencyException(member, maxAttempts);
    }

    /** How many entries {@code posting} recorded now: none when another sweep had already recorded them. */
    private static int recorded(Posting posting) {
        return posting instanceof Posting.Posted posted && !posted.repeated() ? posted.entries().size() : 0;
    }

    /** The posting an append came to, or empty when a concurrent change calls for another attempt. */
    private static Optional<Posting> settle(MemberId owner, AppendResult result) {
        unclaimed(result);
        if (result instanceof AppendResult.Applied applied) {
            return Optional.of(new Posting.Posted(applied.receipt().entries(), false));
        }
        if (result instanceof AppendResult.Duplicate duplicate) {
            return Optional.of(new Posting.Posted(duplicate.receipt().entries(), true));
        }
        if (result instanceof AppendResult.KeyConflict conflict) {
            throw new IdempotencyConflictException(owner, conflict.first().requestKey());
        }
        return Optional.empty();
    }

    /**
     * {@code result}, which cannot be a budget refusal: these accounts never claim budgets.
     *
     * @throws IllegalStateException if the store refused an append without claims for a budget
     */
    private static AppendResult unclaimed(AppendResult result) {
        if (result instanceof AppendResult.BudgetExhausted exhausted) {
            throw new IllegalStateException("the store refused an append that claims no budget for budget '"
                    + exhausted.budget() + "' (used " + exhausted.used() + " of " + exhausted.limit()
                    + "): a store bug, not retried");
        }
        return result;
    }

    private Optional<Posting> repeated(MemberId owner, String key, String fingerprint) {
        Optional<Receipt> receipt = store.findReceipt(owner, key);
        if (receipt.isPresent() && !receipt.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyConflictException(owner, key);
        }
        return receipt.map(first -> new Posting.Posted(first.entries(), true));
    }

    private static MemberChange change(MemberState state, Accepted accepted) {
        return MemberChange.entries(state.member().id(), state.version(), accepted.entries(), Touched.lots(accepted));
    }

    private Ledger ledgerOf(MemberState state) {
        try {
            return Ledger.replay(policy, state.member().id(), state.entries());
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("the stored ledger of member '" + state.member().id() + "' is corrupt: " + e.getMessage());
        }
    }

    /** Builds {@link Accounts}; {@code store} and {@code policy} are required. */
    public static final class Builder {

        private static final int MAX_SWEEP_THREADS = 64;

        private LoyaltyStore store;
        private LedgerPolicy policy;
        private int maxAttempts = 32;
        private int pageSize = 500;
        private int sweepThreads = 4;

        private Builder() {}

        /** The store to keep members in. */
        public Builder store(LoyaltyStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The program's point types and reversal policy. */
        public Builder policy(LedgerPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** How often a request is decided again after concurrent changes before it fails; default 32. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, but was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** How many due items {@link Accounts#advanceTo} reads per page; default 500. */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > PageRequest.MAX_LIMIT) {
                throw new IllegalArgumentException("pageSize must be 1 to " + PageRequest.MAX_LIMIT
                        + ", but was " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * On how many threads {@link Accounts#advanceTo} works through the members of a page; default 4, 1 for
         * the calling thread only. A store that waits for the disk on each append (a database) commits
         * several members' appends at once with more; started per sweep, stopped when it ends.
         */
        public Builder sweepThreads(int threads) {
            if (threads < 1 || threads > MAX_SWEEP_THREADS) {
                throw new IllegalArgumentException("sweepThreads must be 1 to " + MAX_SWEEP_THREADS + ", but was " + threads);
            }
            this.sweepThreads = threads;
            return this;
        }

        /** The accounts. */
        public Accounts build() {
            return new Accounts(this);
        }
    }
}
