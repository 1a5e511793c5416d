package dev.loyalty.core.ledger;

import dev.loyalty.core.InvalidRequestException;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.PointType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One member's points ledger: an immutable value built from its entries.
 *
 * <p>Requests ({@link #earn}, {@link #redeem}, {@link #reverse}, {@link #adjust}, {@link #transfer},
 * {@link #expire}, {@link #activate}) do not change this ledger: they return the entries to append and
 * the ledger with them applied, or a {@link Rejection}. {@link #replay} rebuilds a ledger from stored
 * entries, applying exactly their recorded effects, and refuses entries that do not fit.
 *
 * <p>Thread-safe: instances are immutable.
 */
public final class Ledger {

    private final Book book;

    private Ledger(Book book) {
        this.book = book;
    }

    /** A ledger over {@code book}, which nobody changes afterwards. */
    static Ledger wrap(Book book) {
        return new Ledger(book);
    }

    /** The state behind this ledger, for the request logic of this package; never to be changed. */
    Book book() {
        return book;
    }

    /** The empty ledger of {@code member}. */
    public static Ledger empty(LedgerPolicy policy, MemberId member) {
        return new Ledger(new Book(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(member, "member")));
    }

    /**
     * Rebuilds the ledger of {@code member} from its entries, in sequence order.
     *
     * @throws IllegalArgumentException if the entries do not form a valid history (a gap in the sequence,
     *     an allocation from a lot that has too little left, an entry of another member, ...)
     */
    public static Ledger replay(LedgerPolicy policy, MemberId member, List<Entry> entries) {
        return empty(policy, member).apply(entries);
    }

    /**
     * The ledger of {@code member} as a store keeps it: its entries, in sequence order, and its lots as
     * they are now. Equal to {@link #replay} of the entries when the lots are the ones those entries leave,
     * which a store guarantees by appending each change's entries and lots together; it reads each entry
     * once for the debt and what was reversed and expired, but re-applies none, so it costs far less than
     * a replay for a long history. Checks the sequence and the lots' ids and point types, not each
     * allocation (a replay does).
     *
     * @throws IllegalArgumentException if an entry is of another member or out of sequence, or the lots
     *     are not exactly those the entries made (by id)
     * @throws InvalidRequestException if a lot is of a point type the policy does not know
     */
    public static Ledger restore(LedgerPolicy policy, MemberId member, List<Entry> entries, List<Lot> lots) {
        return new Ledger(Book.restore(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(member, "member"),
                entries, lots));
    }

    /**
     * This ledger with {@code more} entries appended.
     *
     * @throws IllegalArgumentException if an entry does not fit (see {@link #replay})
     */
    public Ledger apply(List<Entry> more) {
        if (more.isEmpty()) {
            return this;
        }
        Book next = book.copy();
        more.forEach(next::apply);
        return new Ledger(next);
    }

    // ---------------------------------------------------------------- requests

    /** Credits points: one new lot, active or pending; active points repay debt first. */
    public LedgerResult earn(Earn earn) {
        PointType type = book.policy.pointType(earn.pointType());
        checkFits(type, earn.amount(), "earning");
        Draft draft = new Draft(book, earn.at(), earn.reason(), earn.requestKey());
        Lot lot = new Lot(book.nextLotId(), type.id(), earn.amount(), earn.amount(), earn.at(), earn.activatesAt(),
                earn.expiresAt(), earn.isPending() ? Lot.State.PENDING : Lot.State.ACTIVE);
        draft.credit(EntryKind.EARNED, type.id(), List.of(lot), Optional.empty());
        return draft.accept();
    }

    /** Spends points from spendable lots in spend order; rejected if the member has too few. */
    public LedgerResult redeem(Redeem redeem) {
        PointType type = spendable(redeem.pointType(), "redeemed");
        long available = balance(type.id(), redeem.at()).available();
        if (available < redeem.amount()) {
            return insufficient("redeem", redeem.amount(), type.id(), available);
        }
        Draft draft = new Draft(book, redeem.at(), redeem.reason(), redeem.requestKey());
        draft.debit(EntryKind.REDEEMED, type.id(), draft.take(type.id(), redeem.amount()), 0, OptionalLong.empty(), Optional.empty());
        return draft.accept();
    }

    /**
     * Undoes an earn or a redemption. A redemption's points go back to the lots they came from. An earn
     * is taken back by its recorded amount (less what of it has already expired or been reversed): from
     * its own lot first, then from other spendable points, and the rest becomes debt or the reversal is
     * rejected, by the program's {@link ReversalPolicy}. A pending earn is cancelled instead.
     */
    public LedgerResult reverse(Reversal reversal) {
        return Reversals.reverse(this, book, reversal);
    }

    /** An operator's correction: a positive amount credits a new lot, a negative one takes points. */
    public LedgerResult adjust(Adjustment adjustment) {
        PointType type = book.policy.pointType(adjustment.pointType());
        Draft draft = new Draft(book, adjustment.at(), adjustment.reason(), adjustment.requestKey());
        if (adjustment.amount() > 0) {
            checkFits(type, adjustment.amount(), "adjusting");
            Lot lot = new Lot(book.nextLotId(), type.id(), adjustment.amount(), adjustment.amount(), adjustment.at(),
                    adjustment.at(), adjustment.expiresAt(), Lot.State.ACTIVE);
            draft.credit(EntryKind.ADJUSTED, type.id(), List.of(lot), Optional.empty());
            return draft.accept();
        }
        long amount = -adjustment.amount();
        long available = balance(type.id(), adjustment.at()).available();
        if (available < amount) {
            return insufficient("take", amount, type.id(), available);
        }
        draft.debit(EntryKind.ADJUSTED, type.id(), draft.take(type.id(), amount), 0, OptionalLong.empty(), Optional.empty());
        return draft.accept();
    }

    /**
     * Moves spendable points from {@code from} to {@code to}: the receiver gets one lot per source lot,
     * with the source lot's earn and expiry dates, and those points repay the receiver's debt first.
     */
    public static TransferResult transfer(Ledger from, Ledger to, Transfer transfer) {
        return Transfers.transfer(from, to, transfer);
    }

    /**
     * Records the expiry of every lot whose expiry instant has come by {@code at}: one entry per lot, for
     * exactly what is left of it, dated at the lot's expiry instant. Lots with nothing left are skipped,
     * so expiring twice records nothing the second time.
     */
    public Accepted expire(Instant at, String requestKey) {
        Draft draft = new Draft(book, at, Reason.system("expiry"), Checks.requestKey(requestKey));
        for (Lot lot : List.copyOf(book.lots.values())) {
            if (lot.remaining() > 0 && lot.isExpiredAt(at)) {
                draft.expireLot(lot);
            }
        }
        return draft.accept();
    }

    /**
     * Activates every pending lot whose activation instant has come by {@code at} and that has not
     * expired; the activated points repay debt first.
     */
    public Accepted activate(Instant at, String requestKey) {
        Draft draft = new Draft(book, at, Reason.system("activation"), Checks.requestKey(requestKey));
        for (Lot lot : List.copyOf(book.lots.values())) {
            if (lot.state() == Lot.State.PENDING && lot.remaining() > 0 && !lot.activatesAt().isAfter(at) && !lot.isExpiredAt(at)) {
                draft.activateLot(lot);
            }
        }
        return draft.accept();
    }

    // ---------------------------------------------------------------- queries

    /** Whose ledger this is. */
    public MemberId member() {
        return book.member;
    }

    /** The program settings it obeys. */
    public LedgerPolicy policy() {
        return book.policy;
    }

    /** All entries, in sequence order. */
    public List<Entry> entries() {
        return List.copyOf(book.entries);
    }

    /** The entry with sequence number {@code sequence}. */
    public Entry entry(long sequence) {
        if (sequence < 1 || sequence > book.entries.size()) {
            throw new InvalidRequestException("member '" + member() + "' has no entry #" + sequence
                    + " (it has " + book.entries.size() + " entries)");
        }
        return book.entries.get((int) (sequence - 1));
    }

    /** How many entries there are. */
    public int size() {
        return book.entries.size();
    }

    /** All lots, by id. */
    public List<Lot> lots() {
        return List.copyOf(book.lots.values());
    }

    /** The lot {@code id}. */
    public Lot lot(long id) {
        Lot lot = book.lots.get(id);
        if (lot == null) {
            throw new InvalidRequestException("member '" + member() + "' has no lot " + id);
        }
        return lot;
    }

    /** The lots of {@code pointType} that are spendable at {@code at}, in spend order. */
    public List<Lot> spendableLots(String pointType, Instant at) {
        book.policy.pointType(pointType);
        return book.spendable(pointType, at);
    }

    /**
     * The balance of {@code pointType} at {@code at}: points spendable at {@code at} (less debt) are
     * available; points not yet spendable at {@code at} (pending, or activated only later) are pending;
     * expired points count for neither.
     */
    public Balance balance(String pointType, Instant at) {
        book.policy.pointType(pointType);
        long spendable = 0;
        long pending = 0;
        for (Lot lot : book.lots.values()) {
            if (!lot.pointType().equals(pointType) || lot.isExpiredAt(at)) {
                continue;
            }
            if (lot.isSpendableAt(at)) {
                spendable = Math.addExact(spendable, lot.remaining());
            } else if (lot.state() != Lot.State.CANCELLED) {
                pending = Math.addExact(pending, lot.remaining());
            }
        }
        long debt = book.debt(pointType);
        return new Balance(Math.subtractExact(spendable, debt), pending, debt);
    }

    /** The debt of {@code pointType}: what reversals could not take back. */
    public long debt(String pointType) {
        book.policy.pointType(pointType);
        return book.debt(pointType);
    }

    /** The sum of entry amounts of {@code pointType} by kind; kinds without entries are absent. */
    public Map<EntryKind, Long> totals(String pointType) {
        book.policy.pointType(pointType);
        Map<EntryKind, Long> totals = new EnumMap<>(EntryKind.class);
        for (Entry entry : book.entries) {
            if (entry.pointType().equals(pointType)) {
                totals.merge(entry.kind(), entry.amount(), Math::addExact);
            }
        }
        return totals;
    }

    /**
     * Points of {@code pointType} earned from {@code from} (inclusive) to {@code to} (exclusive), net of
     * earn reversals, cancellations and adjustments made in that window: what tier qualification counts.
     * Redemptions, expiries and transfers do not reduce it.
     */
    public long earnedBetween(String pointType, Instant from, Instant to) {
        book.policy.pointType(pointType);
        long earned = 0;
        for (Entry entry : book.entries) {
            boolean inWindow = !entry.at().isBefore(from) && entry.at().isBefore(to);
            if (inWindow && entry.pointType().equals(pointType) && countsAsEarning(entry)) {
                earned = Math.addExact(earned, entry.amount());
            }
        }
        return earned;
    }

    private static boolean countsAsEarning(Entry entry) {
        return switch (entry.kind()) {
            case EARNED, ADJUSTED, CANCELLED -> true;
            case REVERSED -> entry.amount() < 0;
            default -> false;
        };
    }

    /** How much of earn or redemption entry {@code sequence} has been reversed (or cancelled) so far. */
    public long reversedAmount(long sequence) {
        return book.reversed.getOrDefault(sequence, 0L);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ledger that
                && book.member.equals(that.book.member)
                && book.policy.equals(that.book.policy)
                && book.entries.equals(that.book.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(book.member, book.entries);
    }

    @Override
    public String toString() {
        return "Ledger[" + book.member + ", " + book.entries.size() + " entries, " + book.lots.size() + " lots]";
    }

    // ---------------------------------------------------------------- internals

    PointType spendable(String pointType, String verb) {
        PointType type = book.policy.pointType(pointType);
        if (!type.isSpendable()) {
            throw new InvalidRequestException("point type '" + pointType + "' is " + type.kind() + " and cannot be " + verb);
        }
        return type;
    }

    void checkFits(PointType type, long amount, String verb) {
        long total = amount;
        try {
            for (Lot lot : book.lots.values()) {
                if (lot.pointType().equals(type.id())) {
                    total = Math.addExact(total, lot.remaining());
                }
            }
        } catch (ArithmeticException overflow) {
            throw new InvalidRequestException(verb + " " + amount + " '" + type.id() + "' would overflow the balance of member '"
                    + member() + "' (at most " + Long.MAX_VALUE + " units)");
        }
    }

    Rejection insufficient(String verb, long amount, String pointType, long available) {
        return new Rejection(Rejection.Code.INSUFFICIENT_POINTS, "cannot " + verb + " " + amount + " '" + pointType
                + "': member '" + member() + "' has " + available + " available");
    }
}
