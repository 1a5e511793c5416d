package dev.loyalty.benchmarks;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.spi.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine of {@link EngineBenchmark}, shared by its threads: {@link BenchProgram} on an
 * {@link InMemoryStore} that is replaced, with every member enrolled again, before each iteration.
 */
@State(Scope.Benchmark)
public class Shop implements Members {

    /** When the members enrolled. */
    static final Instant ENROLLED = Instant.parse("2027-01-01T09:00:00Z");

    private static final int HISTORY_BASKETS = 16;

    /**
     * How many members are enrolled: enough that no member buys twice in one iteration at up to 50,000
     * purchases a second, so a purchase costs the same at the end of an iteration as at the start
     * (with 10,000, ledgers grew within each iteration by as much as the engine was fast).
     */
    @Param("100000")
    public int members = 100_000;

    /**
     * How many purchases each member made before the iteration (12 hours apart from enrollment, baskets
     * in turn), so that ledgers are that long when measuring: 0, or e.g. 100 with 1,000 members to see
     * what a long history costs a purchase.
     */
    @Param("0")
    public int history;

    private @Nullable CompiledProgram program;
    private @Nullable LoyaltyEngine engine;
    private MemberId[] ids = new MemberId[0];

    /** Loads the program. */
    @Setup(Level.Trial)
    public void load() {
        program = BenchProgram.shared();
        ids = new MemberId[members];
        for (int i = 0; i < members; i++) {
            ids[i] = MemberId.of("member-" + i);
        }
    }

    /** A fresh store with every member enrolled (each has a birthday on some day of the year). */
    @Setup(Level.Iteration)
    public void open() {
        LoyaltyEngine fresh = LoyaltyEngine.builder().program(Objects.requireNonNull(program))
                .store(InMemoryStore.create()).build();
        for (int i = 0; i < ids.length; i++) {
            Member member = Member.builder(ids[i], "Member " + i, ENROLLED, Baskets.ZONE)
                    .birthday(LocalDate.of(1970 + i % 40, 1, 1).plusDays(i % 365)).build();
            fresh.handle(Enrollment.of(member));
        }
        List<List<Line>> baskets = Baskets.baskets(HISTORY_BASKETS, 1);
        for (int k = 0; k < history; k++) {
            Instant at = ENROLLED.plus(Duration.ofHours(12L * (k + 1)));
            for (int i = 0; i < ids.length; i++) {
                fresh.handle(Baskets.purchase("history-" + i + "-" + k, ids[i], at, baskets.get((i + k) % HISTORY_BASKETS)));
            }
        }
        engine = fresh;
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
