package dev.loyalty.store.jdbc;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The child JVM of {@link KillNineTest}: appends enrollments to the H2 file database at {@code args[0]}
 * (migrated by the parent) for ever, printing {@code ack <key> .} for each one the store acknowledged,
 * until it is killed. Run {@code args[1]} names the keys. Prints {@code ready} once the store is open.
 * With a third argument {@code n} it stops after {@code n} appends instead.
 */
public final class AcknowledgingChild {

    private AcknowledgingChild() {}

    /** Appends until killed. */
    public static void main(String[] args) throws SQLException {
        PrintStream out = System.out;
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(args[0]);
        database.setUser("sa");
        Connection keepsTheDatabaseOpen = database.getConnection();
        try {
            JdbcStore store = JdbcStore.builder(database).migrate(false).build();
            out.println("ready");
            out.flush();
            int appends = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
            for (int i = 0; i < appends; i++) {
                String key = "run-" + args[1] + "-" + i;
                Member member = Member.builder(MemberId.of("m-" + args[1] + "-" + i), "Member " + i, Instant.EPOCH, ZoneOffset.UTC).build();
                if (store.append(Append.of(key, "fp", MemberChange.enrollment(member))) instanceof AppendResult.Applied) {
                    out.println("ack " + key + " .");
                    out.flush();
                }
            }
        } finally {
            keepsTheDatabaseOpen.close();
        }
    }
}
