package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.Receipt;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@link Append} in one database transaction: the owner's receipt first, then every member's version
 * compare-and-set (in member id order, so that crossing transfers never deadlock), then the budget claims,
 * then the rows. Refusals roll back; correctness rests on the version check and the unique keys, not on
 * the isolation level.
 */
final class AppendTransaction {

    private final Dialect dialect;
    private final Append append;

    AppendTransaction(Dialect dialect, Append append) {
        this.dialect = dialect;
        this.append = append;
    }

    /** Runs the append on {@code connection}, whose transaction the caller commits. */
    AppendResult run(Connection connection) throws SQLException {
        Optional<AppendResult> replayed = replayed(connection);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        Map<MemberId, VersionCheck> checks = versions(connection);
        Optional<AppendResult> conflict = append.changes().stream().flatMap(change -> checks.get(change.member()).conflict().stream()).findFirst();
        if (conflict.isPresent()) {
            connection.rollback();
            return replayed(connection).orElse(conflict.get());
        }
        append.changes().forEach(change -> checks.get(change.member()).checkSequence());
        CodeRows.checkNew(connection, append);
        Optional<AppendResult.BudgetExhausted> exhausted = BudgetRows.claim(connection, dialect, append.claims());
        if (exhausted.isPresent()) {
            connection.rollback();
            return exhausted.get();
        }
        return new AppendResult.Applied(apply(connection));
    }

    /** The outcome of an earlier append with the owner's key, if there was one. */
    private Optional<AppendResult> replayed(Connection connection) throws SQLException {
        return Receipts.find(connection, append.owner(), append.requestKey()).map(first -> first.fingerprint().equals(append.fingerprint())
                ? new AppendResult.Duplicate(first)
                : new AppendResult.KeyConflict(first));
    }

    private Map<MemberId, VersionCheck> versions(Connection connection) throws SQLException {
        List<MemberChange> lockOrder = append.changes().stream().sorted(Comparator.comparing(MemberChange::member)).toList();
        Map<MemberId, VersionCheck> checks = new HashMap<>();
        for (MemberChange change : lockOrder) {
            checks.put(change.member(), MemberRows.nextVersion(connection, change));
        }
        return checks;
    }

    private Receipt apply(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        for (MemberChange change : append.changes()) {
            if (change.expectedVersion() > 0) {
                if (change.profile().isPresent()) {
                    MemberRows.replaceProfile(connection, change.profile().get());
                }
                if (change.tier().isPresent()) {
                    MemberRows.replaceTier(connection, change);
                }
            }
            LedgerRows.write(connection, dialect, change);
            entries.addAll(change.entries());
        }
        Receipt receipt = new Receipt(append.owner(), append.requestKey(), append.fingerprint(), entries);
        Receipts.insert(connection, receipt);
        CodeRows.insert(connection, append.codes());
        return receipt;
    }
}
