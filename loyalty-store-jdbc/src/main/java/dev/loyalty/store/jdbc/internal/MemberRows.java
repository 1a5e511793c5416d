package dev.loyalty.store.jdbc.internal;

import dev.loyalty.core.member.Member;
import dev.loyalty.spi.MemberChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.MonthDay;

/**
 * The member row: the version compare-and-set that makes an append safe, the enrollment insert, and the
 * profile and tier columns.
 */
final class MemberRows {

    private static final String NEXT_VERSION = "UPDATE loyalty_member SET member_version = member_version + 1,"
            + " entry_count = entry_count + ?%s WHERE member_id = ? AND member_version = ?%s";
    private static final String ACTIVITY = ", last_activity = CASE WHEN last_activity IS NULL OR last_activity < ? THEN ? ELSE last_activity END"
            + ", last_seen = CASE WHEN last_activity IS NULL OR last_activity < ? THEN ? ELSE last_activity END";
    private static final String FOUND = "SELECT member_version, entry_count FROM loyalty_member WHERE member_id = ?";
    private static final String ENROLL = "INSERT INTO loyalty_member (member_id, member_version, entry_count, profile, enrolled_md,"
            + " birthday_md, last_activity, last_seen, tier, tier_review_due) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PROFILE = "UPDATE loyalty_member SET profile = ?, enrolled_md = ?, birthday_md = ?,"
            + " last_seen = COALESCE(last_activity, ?) WHERE member_id = ?";
    private static final String TIER = "UPDATE loyalty_member SET tier = ?, tier_review_due = ? WHERE member_id = ?";

    private MemberRows() {}

    /** Takes the member from its expected version to the next, or finds out why not. */
    static VersionCheck nextVersion(Connection connection, MemberChange change) throws SQLException {
        if (change.expectedVersion() == 0) {
            return enroll(connection, change);
        }
        if (!VersionCheck.consecutive(change)) {
            return found(connection, change);
        }
        boolean activity = change.lastActivityAt().isPresent();
        boolean entries = !change.entries().isEmpty();
        String sql = String.format(NEXT_VERSION, activity ? ACTIVITY : "", entries ? " AND entry_count = ?" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setLong(i++, change.entries().size());
            if (activity) {
                var at = Instants.toColumn(change.lastActivityAt().get());
                for (int k = 0; k < 4; k++) {
                    statement.setBigDecimal(i++, at);
                }
            }
            statement.setString(i++, change.member().value());
            statement.setLong(i++, change.expectedVersion());
            if (entries) {
                statement.setLong(i, change.entries().get(0).sequence() - 1);
            }
            return statement.executeUpdate() == 1 ? VersionCheck.applied(change) : found(connection, change);
        }
    }

    /** Replaces the profile of a member already enrolled. */
    static void replaceProfile(Connection connection, Member member) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PROFILE)) {
            statement.setString(1, ProfileText.write(member));
            statement.setString(2, Instants.monthDay(MonthDay.from(member.enrollmentDate())));
            statement.setString(3, member.birthday().map(MonthDay::from).map(Instants::monthDay).orElse(null));
            statement.setBigDecimal(4, Instants.toColumn(member.enrolledAt()));
            statement.setString(5, member.id().value());
            statement.executeUpdate();
        }
    }

    /** Sets the tier status of a member already enrolled. */
    static void replaceTier(Connection connection, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TIER)) {
            statement.setString(1, ProfileText.write(change.tier().orElseThrow()));
            statement.setBigDecimal(2, Instants.toColumn(change.tier().orElseThrow().nextReviewAt()));
            statement.setString(3, change.member().value());
            statement.executeUpdate();
        }
    }

    private static VersionCheck enroll(Connection connection, MemberChange change) throws SQLException {
        VersionCheck found = found(connection, change);
        if (found.conflict().isPresent() || !VersionCheck.consecutive(change)
                || (!change.entries().isEmpty() && change.entries().get(0).sequence() != 1)) {
            return found;
        }
        Member member = change.profile().orElseThrow();
        Instant lastSeen = change.lastActivityAt().orElse(member.enrolledAt());
        try (PreparedStatement statement = connection.prepareStatement(ENROLL)) {
            statement.setString(1, member.id().value());
            statement.setLong(2, change.entries().size());
            statement.setString(3, ProfileText.write(member));
            statement.setString(4, Instants.monthDay(MonthDay.from(member.enrollmentDate())));
            statement.setString(5, member.birthday().map(MonthDay::from).map(Instants::monthDay).orElse(null));
            if (change.lastActivityAt().isPresent()) {
                statement.setBigDecimal(6, Instants.toColumn(change.lastActivityAt().get()));
            } else {
                statement.setNull(6, Types.NUMERIC);
            }
            statement.setBigDecimal(7, Instants.toColumn(lastSeen));
            statement.setString(8, change.tier().map(ProfileText::write).orElse(null));
            statement.setBigDecimal(9, change.tier().map(status -> Instants.toColumn(status.nextReviewAt())).orElse(null));
            statement.executeUpdate();
        }
        return VersionCheck.applied(change);
    }

    /** What the member's row holds now: version 0 and no entries when it does not exist. */
    private static VersionCheck found(Connection connection, MemberChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FOUND)) {
            statement.setString(1, change.member().value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? VersionCheck.found(change, rows.getLong(1), rows.getLong(2)) : VersionCheck.found(change, 0, 0);
            }
        }
    }
}
