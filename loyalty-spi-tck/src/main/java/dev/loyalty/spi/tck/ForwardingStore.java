package dev.loyalty.spi.tck;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.spi.PendingMessage;
import dev.loyalty.spi.Receipt;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * A store that hands every call to another; the kit's wrappers (and the broken stores its own tests
 * use) override one thing.
 */
abstract class ForwardingStore implements LoyaltyStore {

    protected final LoyaltyStore delegate;

    /** Forwards to a fresh {@link InMemoryStore}. */
    ForwardingStore() {
        this(InMemoryStore.create());
    }

    ForwardingStore(LoyaltyStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<MemberState> find(MemberId member) {
        return delegate.find(member);
    }

    @Override
    public Optional<Receipt> findReceipt(MemberId owner, String requestKey) {
        return delegate.findReceipt(owner, requestKey);
    }

    @Override
    public AppendResult append(Append append) {
        return delegate.append(append);
    }

    @Override
    public long budgetUsed(String budget) {
        return delegate.budgetUsed(budget);
    }

    @Override
    public Page<DueLot> lotsExpiring(Instant until, PageRequest page) {
        return delegate.lotsExpiring(until, page);
    }

    @Override
    public Page<DueLot> lotsActivating(Instant until, PageRequest page) {
        return delegate.lotsActivating(until, page);
    }

    @Override
    public Page<MemberId> membersInactiveSince(Instant since, PageRequest page) {
        return delegate.membersInactiveSince(since, page);
    }

    @Override
    public Page<MemberId> membersDueForTierReview(Instant until, PageRequest page) {
        return delegate.membersDueForTierReview(until, page);
    }

    @Override
    public Page<MemberId> membersWithBirthday(MonthDay day, PageRequest page) {
        return delegate.membersWithBirthday(day, page);
    }

    @Override
    public Page<MemberId> membersEnrolledOn(MonthDay day, PageRequest page) {
        return delegate.membersEnrolledOn(day, page);
    }

    @Override
    public List<PendingMessage> dueMessages(Instant at, int limit) {
        return delegate.dueMessages(at, limit);
    }

    @Override
    public void markDelivered(MemberId member, String dedupeKey, Instant at) {
        delegate.markDelivered(member, dedupeKey, at);
    }

    @Override
    public void markFailed(MemberId member, String dedupeKey, Instant retryAt, String error) {
        delegate.markFailed(member, dedupeKey, retryAt, error);
    }
}
