package dev.loyalty.benchmarks;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.store.jdbc.JdbcStore;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine of {@link JdbcEngineBenchmark}, shared by its threads: {@link BenchProgram} on a
 * {@link JdbcStore} over a fresh {@link Database} per trial, with {@link #members} members enrolled.
 */
@State(Scope.Benchmark)
public class JdbcShop implements Members {

    /** {@code h2} (a file database) or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String store = "h2";

    /** How many members are enrolled. */
    @Param("10000")
    public int members = 10_000;

    /** Connections in the pool: one per client thread of the largest run, and two for the enrollments. */
    static final int CONNECTIONS = 10;

    private @Nullable Database database;
    private @Nullable LoyaltyEngine engine;
    private MemberId[] ids = new MemberId[0];

    /** Opens a fresh database and enrolls the members, on parallel threads. */
    @Setup(Level.Trial)
    public void open() {
        Database opened = Database.open(store, "engine", CONNECTIONS);
        database = opened;
        LoyaltyEngine fresh = LoyaltyEngine.builder().program(BenchProgram.shared())
                .store(JdbcStore.builder(opened.dataSource()).migrate(true).build()).build();
        ids = IntStream.range(0, members).mapToObj(i -> MemberId.of("member-" + i)).toArray(MemberId[]::new);
        IntStream.range(0, members).parallel().forEach(i -> fresh.handle(Enrollment.of(Member.builder(ids[i], "Member " + i,
                Shop.ENROLLED, Baskets.ZONE).birthday(LocalDate.of(1970 + i % 40, 1, 1).plusDays(i % 365)).build())));
        engine = fresh;
    }

    /** Closes the pool and drops the database. */
    @TearDown(Level.Trial)
    public void close() {
        if (database != null) {
            database.close();
        }
    }

    /** The engine. */
    public LoyaltyEngine engine() {
        return Objects.requireNonNull(engine, "not opened");
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public MemberId member(int index) {
        return ids[index];
    }
}
