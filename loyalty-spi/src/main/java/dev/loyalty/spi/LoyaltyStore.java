package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.UnknownMemberException;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Where a program's members, ledgers and outbox are kept. The host picks one: {@code InMemoryStore}
 * (the default, for tests and single-process hosts) or a JDBC store.
 *
 * <p>The contract, which {@code loyalty-spi-tck} checks:
 * <ul>
 *   <li>{@link #append} is atomic: every member change is applied, or none;
 *   <li>it applies only if every member is at its expected version, and bumps each by one;
 *   <li>an owner's idempotency key is applied at most once: a retry with the same fingerprint gets the
 *       first receipt back, a different fingerprint is a conflict;
 *   <li>what {@link #load} returns reflects every applied append, and nothing else;
 *   <li>budget claims are applied with the append or not at all, and never take a budget above the
 *       claim's limit ({@code used + amount <= limit}), also under concurrent appends for different members;
 *   <li>due-work queries page by an opaque cursor, in a stable order, and see every due item once even
 *       while items are being resolved between pages.
 * </ul>
 * Implementations are thread-safe. Infrastructure failures are {@link StoreException}s.
 */
public interface LoyaltyStore {

    /**
     * The state of {@code member}.
     *
     * @throws UnknownMemberException if no such member is enrolled
     */
    default MemberState load(MemberId member) {
        return find(member).orElseThrow(() -> new UnknownMemberException(member));
    }

    /** The state of {@code member}, or empty if no such member is enrolled. */
    Optional<MemberState> find(MemberId member);

    /** The receipt of {@code owner}'s request {@code requestKey}, if one was applied. */
    Optional<Receipt> findReceipt(MemberId owner, String requestKey);

    /**
     * Applies {@code append} atomically, or says why not; see the class description. The checks come in
     * this order: the owner's idempotency key ({@link AppendResult.Duplicate}, {@link AppendResult.KeyConflict}),
     * then every member's version ({@link AppendResult.VersionConflict}), then every budget claim
     * ({@link AppendResult.BudgetExhausted}). Only {@link AppendResult.Applied} changed anything; its budget
     * claims were counted in the same atomic step.
     */
    AppendResult append(Append append);

    /**
     * How much of campaign budget {@code budget} the applied appends have claimed; 0 if it was never
     * claimed. Never more than the limit of any claim that was applied.
     */
    long budgetUsed(String budget);

    /**
     * The code {@code code} issued with an applied append, or empty if none was. A store that keeps codes
     * (both of this library's do) rejects an append that issues a code it has already issued.
     *
     * @throws UnsupportedOperationException if this store does not keep issued codes
     */
    default Optional<IssuedCode> findCode(String code) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not keep issued codes");
    }

    /**
     * Lots with something left whose expiry instant is at or before {@code until}, ordered by expiry,
     * member and lot.
     */
    Page<DueLot> lotsExpiring(Instant until, PageRequest page);

    /** Pending lots with something left that activate at or before {@code until}, ordered like {@link #lotsExpiring}. */
    Page<DueLot> lotsActivating(Instant until, PageRequest page);

    /**
     * Members whose last activity (or, if none, enrollment) is before {@code since}, ordered by id.
     */
    Page<MemberId> membersInactiveSince(Instant since, PageRequest page);

    /**
     * Members whose tier status calls for a review at or before {@code until}
     * ({@link dev.loyalty.core.tier.TierStatus#nextReviewAt()}: a re-evaluation or the end of a grace
     * period), ordered by id.
     */
    Page<MemberId> membersDueForTierReview(Instant until, PageRequest page);

    /** Members whose birthday falls on {@code day} (as recorded, 29 February included), ordered by id. */
    Page<MemberId> membersWithBirthday(MonthDay day, PageRequest page);

    /** Members who enrolled on {@code day} of some year, in their own time zone, ordered by id. */
    Page<MemberId> membersEnrolledOn(MonthDay day, PageRequest page);

    /**
     * Outbox messages not yet delivered whose next attempt is due at {@code at}, oldest first, at most
     * {@code limit}.
     */
    List<PendingMessage> dueMessages(Instant at, int limit);

    /** Marks a message delivered; it is never returned by {@link #dueMessages} again. Idempotent. */
    void markDelivered(MemberId member, String dedupeKey, Instant at);

    /** Records a failed delivery attempt; the message is due again at {@code retryAt}. */
    void markFailed(MemberId member, String dedupeKey, Instant retryAt, String error);
}
