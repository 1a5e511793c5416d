package dev.loyalty.spi.memory;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.IssuedCode;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.Receipt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies one {@link Append} to the tables: locks its members in id order, checks the owner's key, then
 * every expected version, then every change, then its budget claims, and only then changes anything.
 */
final class AppendTransaction {

    private final Tables tables;
    private final Append append;
    private final List<MemberRecord> records;

    AppendTransaction(Tables tables, Append append) {
        this.tables = tables;
        this.append = append;
        this.records = append.changes().stream().map(change -> tables.record(change.member())).toList();
    }

    /** Runs the append; see {@link dev.loyalty.spi.LoyaltyStore#append}. */
    AppendResult run() {
        List<MemberRecord> lockOrder = records.stream().sorted(Comparator.comparing(MemberRecord::id)).toList();
        return Locks.holding(lockOrder, () -> replayed().or(this::conflict).orElseGet(this::apply));
    }

    /** The outcome of an earlier append with the owner's key, if there was one. */
    private Optional<AppendResult> replayed() {
        ReceiptKey key = new ReceiptKey(append.owner(), append.requestKey());
        StoredReceipt stored = tables.receipts().get(key);
        if (stored == null) {
            return Optional.empty();
        }
        Receipt first = stored.receipt(key, tables.codec());
        return Optional.of(stored.fingerprint().equals(append.fingerprint())
                ? new AppendResult.Duplicate(first)
                : new AppendResult.KeyConflict(first));
    }

    /** The first member not at its expected version, if any. */
    private Optional<AppendResult> conflict() {
        for (int i = 0; i < records.size(); i++) {
            MemberChange change = append.changes().get(i);
            long actual = records.get(i).version();
            if (actual != change.expectedVersion()) {
                return Optional.of(new AppendResult.VersionConflict(change.member(), change.expectedVersion(), actual));
            }
        }
        return Optional.empty();
    }

    private AppendResult apply() {
        List<MemberRecord.Staged> staged = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            MemberChange change = append.changes().get(i);
            staged.add(records.get(i).stage(change));
            entries.addAll(change.entries());
        }
        Receipt receipt = new Receipt(append.owner(), append.requestKey(), append.fingerprint(), entries);
        StoredReceipt stored = null;
        for (int i = records.size() - 1; i >= 0; i--) {
            MemberRecord record = records.get(i);
            stored = new StoredReceipt(append.fingerprint(), record, record.nextSequence(), append.changes().get(i).entries().size(), stored);
        }
        for (IssuedCode code : append.codes()) {
            if (tables.codes().containsKey(code.code())) {
                throw new IllegalArgumentException("code '" + code.code() + "' was issued before; append '"
                        + append.requestKey() + "' was not applied");
            }
        }
        if (append.claims().isEmpty() && append.codes().isEmpty()) {
            commit(staged, stored); // counts no budget and issues no code: the members' locks are enough
            return new AppendResult.Applied(receipt);
        }
        StoredReceipt kept = stored;
        Optional<AppendResult.BudgetExhausted> exhausted = tables.budgets().claim(append.claims(), () -> commit(staged, kept));
        return exhausted.<AppendResult>map(refusal -> refusal).orElseGet(() -> new AppendResult.Applied(receipt));
    }

    private void commit(List<MemberRecord.Staged> staged, StoredReceipt receipt) {
        for (int i = 0; i < records.size(); i++) {
            records.get(i).commit(staged.get(i), tables);
        }
        tables.receipts().put(new ReceiptKey(append.owner(), append.requestKey()), receipt);
        append.codes().forEach(code -> tables.codes().putIfAbsent(code.code(), code));
    }
}
