package dev.loyalty.spi.memory;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageCursor;
import dev.loyalty.spi.PageRequest;
import dev.loyalty.spi.PendingMessage;
import dev.loyalty.spi.Receipt;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The default {@link LoyaltyStore}: keeps everything in memory, for tests, simulations and hosts that
 * need no durability. Get one from {@link #create()}.
 *
 * <p>Thread-safe. An append locks the members it changes, always in id order, so appends to different
 * members run in parallel and never deadlock. Reads of one member see a whole append or none of it;
 * due-work queries read without locks and may see a concurrent append to another member in part.
 * Budget claims are checked and counted, and codes issued, under one store-wide lock taken after the
 * members' locks; an append that claims no budget and issues no code takes only its members' locks.
 */
public final class InMemoryStore implements LoyaltyStore {

    private final Tables tables = Tables.empty();

    private InMemoryStore() {}

    /** A new, empty store. */
    public static InMemoryStore create() {
        return new InMemoryStore();
    }

    @Override
    public Optional<MemberState> find(MemberId member) {
        Objects.requireNonNull(member, "member");
        MemberRecord record = tables.members().get(member);
        if (record == null) {
            return Optional.empty();
        }
        synchronized (record) {
            return record.snapshot(tables.codec());
        }
    }

    @Override
    public Optional<Receipt> findReceipt(MemberId owner, String requestKey) {
        ReceiptKey key = new ReceiptKey(owner, requestKey);
        return Optional.ofNullable(tables.receipts().get(key)).map(stored -> stored.receipt(key, tables.codec()));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the members are at their expected versions but a change's
     *     entries do not continue its member's ledger, or a counter would overflow; nothing is changed
     */
    @Override
    public AppendResult append(Append append) {
        return new AppendTransaction(tables, Objects.requireNonNull(append, "append")).run();
    }

    @Override
    public long budgetUsed(String budget) {
        return tables.budgets().used(budget);
    }

    @Override
    public Optional<IssuedCode> findCode(String code) {
        return Optional.ofNullable(tables.codes().get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public Page<DueLot> lotsExpiring(Instant until, PageRequest page) {
        return tables.expiring().page(until, page);
    }

    @Override
    public Page<DueLot> lotsActivating(Instant until, PageRequest page) {
        return tables.activating().page(until, page);
    }

    @Override
    public Page<MemberId> membersInactiveSince(Instant since, PageRequest page) {
        Objects.requireNonNull(since, "since");
        return members(page, record -> record.lastSeenAt().filter(at -> at.isBefore(since)).isPresent());
    }

    @Override
    public Page<MemberId> membersDueForTierReview(Instant until, PageRequest page) {
        Objects.requireNonNull(until, "until");
        return members(page, record -> record.tier().filter(status -> !status.nextReviewAt().isAfter(until)).isPresent());
    }

    @Override
    public Page<MemberId> membersWithBirthday(MonthDay day, PageRequest page) {
        Objects.requireNonNull(day, "day");
        return profiles(page, member -> member.birthday().map(MonthDay::from).filter(day::equals).isPresent());
    }

    @Override
    public Page<MemberId> membersEnrolledOn(MonthDay day, PageRequest page) {
        Objects.requireNonNull(day, "day");
        return profiles(page, member -> MonthDay.from(member.enrollmentDate()).equals(day));
    }

    @Override
    public List<PendingMessage> dueMessages(Instant at, int limit) {
        return tables.outbox().due(Objects.requireNonNull(at, "at"), limit);
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnknownMemberException if no such member is enrolled
     * @throws IllegalArgumentException if the member has no message with this dedupe key
     */
    @Override
    public void markDelivered(MemberId member, String dedupeKey, Instant at) {
        Objects.requireNonNull(at, "at");
        changeDelivery(member, dedupeKey, delivery -> delivery.isDelivered() ? delivery : delivery.delivered(at));
    }

    /**
     * {@inheritDoc} A message that was delivered meanwhile stays delivered.
     *
     * @throws UnknownMemberException if no such member is enrolled
     * @throws IllegalArgumentException if the member has no message with this dedupe key
     */
    @Override
    public void markFailed(MemberId member, String dedupeKey, Instant retryAt, String error) {
        Objects.requireNonNull(retryAt, "retryAt");
        Objects.requireNonNull(error, "error");
        changeDelivery(member, dedupeKey, delivery -> delivery.isDelivered() ? delivery : delivery.failed(retryAt, error));
    }

    @Override
    public String toString() {
        return "InMemoryStore[" + tables.members().size() + " members]";
    }

    private void changeDelivery(MemberId member, String dedupeKey, UnaryOperator<Delivery> change) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        MemberRecord record = tables.members().get(Objects.requireNonNull(member, "member"));
        if (record == null || record.profile().isEmpty()) {
            throw new UnknownMemberException(member);
        }
        synchronized (record) {
            record.update(change.apply(record.delivery(dedupeKey)), tables.outbox());
        }
    }

    private Page<MemberId> profiles(PageRequest page, Predicate<Member> test) {
        return members(page, record -> record.profile().filter(test).isPresent());
    }

    private Page<MemberId> members(PageRequest page, Predicate<MemberRecord> test) {
        var records = page.after().map(PageCursor::member)
                .map(after -> tables.members().tailMap(after, false))
                .orElse(tables.members());
        return Pages.of(records.values().stream().filter(test).map(MemberRecord::id), page, PageCursor::after);
    }
}
