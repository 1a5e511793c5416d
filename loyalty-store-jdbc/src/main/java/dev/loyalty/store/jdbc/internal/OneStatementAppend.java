package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.Receipt;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The common append on PostgreSQL in one statement and one round trip: one member at its expected version
 * gets entries, lots, counter deltas and an activity instant, and the owner's receipt; nothing else (no
 * enrollment, profile, tier, messages, budget claims or codes). A data-modifying {@code WITH} steps the
 * member's version (and checks that the entries continue its ledger, as {@code entry_count}), and writes
 * the rows only if that step took the row; run in auto-commit mode, the statement is its own transaction,
 * so all of it commits or none.
 *
 * <p>It only ever applies an append that {@link AppendTransaction} would apply: when it writes nothing
 * (another version, entries out of sequence) or fails on a key (the request was applied before) or a value
 * (a counter overflow), {@link #run} returns empty and the caller runs {@link AppendTransaction}, which finds
 * out why and answers as always.
 */
final class OneStatementAppend {

    private static final String ACTIVITY = ", last_activity = CASE WHEN last_activity IS NULL OR last_activity < ? THEN ? ELSE last_activity END"
            + ", last_seen = CASE WHEN last_activity IS NULL OR last_activity < ? THEN ? ELSE last_activity END";
    private static final String ENTRIES = ", e AS (INSERT INTO loyalty_entry (member_id, entry_seq, kind, point_type, amount, entry_at,"
            + " request_key, body) SELECT m.member_id, u.* FROM m, unnest(?::bigint[], ?::varchar[], ?::text[], ?::bigint[],"
            + " ?::numeric[], ?::text[], ?::text[]) AS u)";
    private static final String LOTS = ", l AS (INSERT INTO loyalty_lot (" + Columns.LOT + ") SELECT m.member_id, u.lot_id, u.point_type,"
            + " u.amount, u.remaining, u.lot_state, u.earned_at, u.activates_at, u.expires_at, u.expiry_due, u.activation_due,"
            + " m.member_version, u.body FROM m, unnest(?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::varchar[], ?::numeric[],"
            + " ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[]) AS u(lot_id, point_type, amount, remaining, lot_state,"
            + " earned_at, activates_at, expires_at, expiry_due, activation_due, body)"
            + " ON CONFLICT (member_id, lot_id) DO UPDATE SET point_type = EXCLUDED.point_type,"
            + " amount = EXCLUDED.amount, remaining = EXCLUDED.remaining, lot_state = EXCLUDED.lot_state,"
            + " earned_at = EXCLUDED.earned_at, activates_at = EXCLUDED.activates_at,"
            + " expires_at = EXCLUDED.expires_at, expiry_due = EXCLUDED.expiry_due,"
            + " activation_due = EXCLUDED.activation_due, changed_in = EXCLUDED.changed_in, body = EXCLUDED.body)";
    private static final String COUNTERS = ", c AS (INSERT INTO loyalty_counter (member_id, name, counter_value)"
            + " SELECT m.member_id, u.* FROM m, unnest(?::varchar[], ?::bigint[]) AS u"
            + " ON CONFLICT (member_id, name) DO UPDATE SET counter_value = loyalty_counter.counter_value + EXCLUDED.counter_value)";
    private static final String RECEIPT = ", r AS (INSERT INTO loyalty_receipt (member_id, request_key, fingerprint, entries)"
            + " SELECT m.member_id, ?, ?, ? FROM m) SELECT count(*) FROM m";

    private final Append append;
    private final MemberChange change;

    private OneStatementAppend(Append append) {
        this.append = append;
        this.change = append.changes().get(0);
    }

    /** The one-statement form of {@code append}, if it has one (see the class comment). */
    static Optional<OneStatementAppend> of(Append append) {
        if (append.changes().size() != 1 || !append.claims().isEmpty() || !append.codes().isEmpty()) {
            return Optional.empty();
        }
        MemberChange change = append.changes().get(0);
        boolean plain = change.expectedVersion() > 0 && change.profile().isEmpty() && change.tier().isEmpty()
                && change.tierChanges().isEmpty() && change.messages().isEmpty() && change.withdrawn().isEmpty()
                && VersionCheck.consecutive(change);
        return plain ? Optional.of(new OneStatementAppend(append)) : Optional.empty();
    }

    /**
     * Applies the append on {@code connection}, which must be in auto-commit mode; empty when it wrote
     * nothing and the caller must run the append as a transaction to find out why.
     *
     * @throws SQLException if the database failed other than on a key, a value or a race
     */
    Optional<AppendResult> run(Connection connection) throws SQLException {
        Receipt receipt = new Receipt(append.owner(), append.requestKey(), append.fingerprint(), change.entries());
        try (PreparedStatement statement = connection.prepareStatement(sql())) {
            bind(connection, statement, receipt);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) == 1 ? Optional.of(new AppendResult.Applied(receipt)) : Optional.empty();
            }
        } catch (SQLException e) {
            if (decidedByTransaction(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Integrity (a key taken), data (an overflow) and transaction rollback (a race): the transaction tells. */
    private static boolean decidedByTransaction(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("23") || state.startsWith("22") || state.startsWith("40");
    }

    private String sql() {
        boolean entries = !change.entries().isEmpty();
        StringBuilder sql = new StringBuilder("WITH m AS (UPDATE loyalty_member SET member_version = member_version + 1,"
                + " entry_count = entry_count + ?");
        if (change.lastActivityAt().isPresent()) {
            sql.append(ACTIVITY);
        }
        sql.append(" WHERE member_id = ? AND member_version = ?").append(entries ? " AND entry_count = ?" : "")
                .append(" RETURNING member_id, member_version)");
        sql.append(entries ? ENTRIES : "").append(change.lots().isEmpty() ? "" : LOTS)
                .append(change.counterDeltas().isEmpty() ? "" : COUNTERS).append(RECEIPT);
        return sql.toString();
    }

    private void bind(Connection connection, PreparedStatement statement, Receipt receipt) throws SQLException {
        Binder in = new Binder(connection, statement);
        in.statement.setLong(in.next(), change.entries().size());
        if (change.lastActivityAt().isPresent()) {
            BigDecimal at = Instants.toColumn(change.lastActivityAt().get());
            for (int k = 0; k < 4; k++) {
                in.statement.setBigDecimal(in.next(), at);
            }
        }
        in.statement.setString(in.next(), change.member().value());
        in.statement.setLong(in.next(), change.expectedVersion());
        if (!change.entries().isEmpty()) {
            in.statement.setLong(in.next(), change.entries().get(0).sequence() - 1);
            bindEntries(in, change.entries());
        }
        if (!change.lots().isEmpty()) {
            bindLots(in, change.lots());
        }
        if (!change.counterDeltas().isEmpty()) {
            List<Map.Entry<String, Long>> deltas = List.copyOf(change.counterDeltas().entrySet());
            in.array("varchar", deltas.stream().map(Map.Entry::getKey).toArray());
            in.array("int8", deltas.stream().map(Map.Entry::getValue).toArray());
        }
        in.statement.setString(in.next(), receipt.requestKey());
        in.statement.setString(in.next(), receipt.fingerprint());
        in.statement.setString(in.next(), EntryText.writeAll(receipt.entries()));
    }

    private static void bindEntries(Binder in, List<Entry> entries) throws SQLException {
        in.array("int8", entries.stream().map(Entry::sequence).toArray());
        in.array("varchar", entries.stream().map(entry -> entry.kind().name()).toArray());
        in.array("text", entries.stream().map(Entry::pointType).toArray());
        in.array("int8", entries.stream().map(Entry::amount).toArray());
        in.array("numeric", entries.stream().map(entry -> Instants.toColumn(entry.at())).toArray());
        in.array("text", entries.stream().map(Entry::requestKey).toArray());
        in.array("text", entries.stream().map(EntryText::write).toArray());
    }

    private static void bindLots(Binder in, List<Lot> lots) throws SQLException {
        in.array("int8", lots.stream().map(Lot::id).toArray());
        in.array("text", lots.stream().map(Lot::pointType).toArray());
        in.array("int8", lots.stream().map(Lot::amount).toArray());
        in.array("int8", lots.stream().map(Lot::remaining).toArray());
        in.array("varchar", lots.stream().map(lot -> lot.state().name()).toArray());
        in.array("numeric", lots.stream().map(lot -> Instants.toColumn(lot.earnedAt())).toArray());
        in.array("numeric", lots.stream().map(lot -> Instants.toColumn(lot.activatesAt())).toArray());
        in.array("numeric", lots.stream().map(lot -> Instants.toColumn(lot.expiresAt())).toArray());
        in.array("numeric", lots.stream().map(lot -> LotRows.expiryDue(lot).map(Instants::toColumn).orElse(null)).toArray());
        in.array("numeric", lots.stream().map(lot -> LotRows.activationDue(lot).map(Instants::toColumn).orElse(null)).toArray());
        in.array("text", lots.stream().map(EntryText::write).toArray());
    }

    /** Binds parameters in order. */
    private static final class Binder {

        private final Connection connection;
        private final PreparedStatement statement;
        private int index;

        Binder(Connection connection, PreparedStatement statement) {
            this.connection = connection;
            this.statement = statement;
        }

        int next() {
            return ++index;
        }

        void array(String type, Object[] values) throws SQLException {
            Array array = connection.createArrayOf(type, values);
            statement.setArray(next(), array);
        }
    }
}
