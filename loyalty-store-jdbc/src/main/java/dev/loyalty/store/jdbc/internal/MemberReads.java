package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.tier.TierChange;
import dev.loyalty.spi.MemberState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads one member's state in one statement: the member row and its entries, lots, counters and tier
 * changes as the parts of one {@code UNION ALL}, so that the database reads them all from one snapshot
 * and a load sees an append wholly or not at all, at any isolation level.
 *
 * <p>Given a state read before at version {@code v}, it reads only what changed since: entries after the
 * known ones, lots written by an append after {@code v} ({@code changed_in > v}), tier changes after
 * {@code v}, and the few counters (but those at zero, which appends leave in place rather than spend a
 * statement on deleting them). Every append bumps the version of each member it changes, so equal
 * versions mean equal states.
 */
final class MemberReads {

    private static final int MEMBER = 0;
    private static final int ENTRY = 1;
    private static final int LOT = 2;
    private static final int COUNTER = 3;
    private static final int TIER_CHANGE = 4;

    /** Columns: part, number (version, sequence, lot id, counter value), index, text, tier, last activity. */
    private static final String STATE = "SELECT 0, member_version, 0, profile, tier, last_activity FROM loyalty_member WHERE member_id = ?"
            + " UNION ALL SELECT 1, entry_seq, 0, body, NULL, NULL FROM loyalty_entry WHERE member_id = ? AND entry_seq > ?"
            + " UNION ALL SELECT 2, lot_id, 0, body, NULL, NULL FROM loyalty_lot WHERE member_id = ? AND changed_in > ?"
            + " UNION ALL SELECT 3, counter_value, 0, name, NULL, NULL FROM loyalty_counter WHERE member_id = ? AND counter_value <> 0"
            + " UNION ALL SELECT 4, member_version, change_index, body, NULL, NULL FROM loyalty_tier_change"
            + " WHERE member_id = ? AND member_version > ?"
            + " ORDER BY 1, 2, 3";
    private static final String VERSION = "SELECT member_version FROM loyalty_member WHERE member_id = ?";

    private MemberReads() {}

    /**
     * The state of {@code member}, or empty if it is not enrolled; {@code known}, a state of the member read
     * before, spares reading again what has not changed since.
     */
    static Optional<MemberState> find(Connection connection, MemberId member, Optional<MemberState> known) throws SQLException {
        Optional<Optional<MemberState>> state = read(connection, member, known);
        return state.isPresent() ? state.get() : read(connection, member, Optional.empty()).orElseThrow();
    }

    /** The version of {@code member}; 0 if it is not enrolled. */
    static long version(Connection connection, MemberId member) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(VERSION)) {
            statement.setString(1, member.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** The state, or nothing if it is older than {@code known} (read by a connection that saw more). */
    private static Optional<Optional<MemberState>> read(Connection connection, MemberId member, Optional<MemberState> known)
            throws SQLException {
        long knownVersion = known.map(MemberState::version).orElse(0L);
        try (PreparedStatement statement = connection.prepareStatement(STATE)) {
            statement.setString(1, member.value());
            statement.setString(2, member.value());
            statement.setLong(3, known.map(state -> state.entries().size()).orElse(0));
            statement.setString(4, member.value());
            statement.setLong(5, knownVersion);
            statement.setString(6, member.value());
            statement.setString(7, member.value());
            statement.setLong(8, knownVersion);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.of(Optional.empty());
                }
                if (rows.getInt(1) != MEMBER) {
                    throw StoreException.corrupt("member '" + member + "' has ledger rows but no member row");
                }
                long version = rows.getLong(2);
                if (known.isPresent() && version <= knownVersion) {
                    return version == knownVersion ? Optional.of(known) : Optional.empty();
                }
                return Optional.of(Optional.of(new Changes(member).read(rows, known)));
            }
        }
    }

    /** The rows of one read, added to what was known. */
    private static final class Changes {

        private final MemberId member;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<Long, Lot> lots = new TreeMap<>();
        private final Map<String, Long> counters = new HashMap<>();
        private final List<TierChange> tierChanges = new ArrayList<>();

        Changes(MemberId member) {
            this.member = member;
        }

        MemberState read(ResultSet rows, Optional<MemberState> known) throws SQLException {
            long version = rows.getLong(2);
            var profile = ProfileText.readMember(rows.getString(4), member);
            var tier = Optional.ofNullable(rows.getString(5)).map(text -> ProfileText.readTier(text, member));
            Optional<Instant> lastActivity = Optional.ofNullable(rows.getBigDecimal(6)).map(Instants::fromColumn);
            known.ifPresent(state -> {
                entries.addAll(state.entries());
                state.lots().forEach(lot -> lots.put(lot.id(), lot));
                tierChanges.addAll(state.tierHistory());
            });
            while (rows.next()) {
                add(rows);
            }
            return new MemberState(profile, version, entries, List.copyOf(lots.values()), counters, lastActivity, tier, tierChanges);
        }

        private void add(ResultSet rows) throws SQLException {
            String text = rows.getString(4);
            switch (rows.getInt(1)) {
                case ENTRY -> entries.add(EntryText.read(text, "entry " + rows.getLong(2) + " of member '" + member + "'"));
                case LOT -> {
                    Lot lot = EntryText.readLot(text, "lot " + rows.getLong(2) + " of member '" + member + "'");
                    lots.put(lot.id(), lot);
                }
                case COUNTER -> counters.put(text, rows.getLong(2));
                case TIER_CHANGE -> tierChanges.add(ProfileText.readTierChange(text, member));
                default -> throw StoreException.corrupt("unexpected part " + rows.getInt(1) + " in the state of member '" + member + "'");
            }
        }
    }
}
