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
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The store under test, except that recording a delivery throws {@code stop}: a dispatcher that uses it
 * dies after the channel accepted a message and before the store recorded it.
 */
final class StopBeforeRecording implements LoyaltyStore {

    private final LoyaltyStore store;
    private final Supplier<RuntimeException> stop;

    StopBeforeRecording(LoyaltyStore store, Supplier<RuntimeException> stop) {
        this.store = store;
        this.stop = stop;
    }

    @Override
    public void markDelivered(MemberId member, String dedupeKey, Instant at) {
        throw stop.get();
    }

    @Override
    public Optional<MemberState> find(MemberId member) {
        return store.find(member);
    }

    @Override
    public Optional<Receipt> findReceipt(MemberId owner, String requestKey) {
        return store.findReceipt(owner, requestKey);
    }

    @Override
    public AppendResult append(Append append) {
        return store.append(append);
    }

    @Override
    public long budgetUsed(String budget) {
        return store.budgetUsed(budget);
    }

    @Override
    public Page<DueLot> lotsExpiring(Instant until, PageRequest page) {
        return store.lotsExpiring(until, page);
    }

    @Override
    public Page<DueLot> lotsActivating(Instant until, PageRequest page) {
        return store.lotsActivating(until, page);
    }

    @Override
    public Page<MemberId> membersInactiveSince(Instant since, PageRequest page) {
        return store.membersInactiveSince(since, page);
    }

    @Override
    public Page<MemberId> membersDueForTierReview(Instant until, PageRequest page) {
        return store.membersDueForTierReview(until, page);
    }

    @Override
    public Page<MemberId> membersWithBirthday(MonthDay day, PageRequest page) {
        return store.membersWithBirthday(day, page);
    }

    @Override
    public Page<MemberId> membersEnrolledOn(MonthDay day, PageRequest page) {
        return store.membersEnrolledOn(day, page);
    }

    @Override
    public List<PendingMessage> dueMessages(Instant at, int limit) {
        return store.dueMessages(at, limit);
    }

    @Override
    public void markFailed(MemberId member, String dedupeKey, Instant retryAt, String error) {
        store.markFailed(member, dedupeKey, retryAt, error);
    }
}
