package dev.loyalty.benchmarks;

import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import java.time.Instant;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One thread's till in {@link EngineBenchmark} and {@link JdbcEngineBenchmark}: makes the thread's next purchase, by the next of its own
 * members (thread {@code t} of {@code n} serves the members whose index is {@code t} modulo {@code n}),
 * with a new id and a time one second later than the last.
 */
@State(Scope.Thread)
public class Till {

    /** The first purchase's time: during both campaigns of the program. */
    static final Instant OPENS = Instant.parse("2027-03-02T08:00:00Z");

    private static final int BASKETS = 64;

    private List<List<Line>> baskets = List.of();
    private int thread;
    private int threads = 1;
    private long sequence;

    /** Learns which thread this is, and prepares the baskets. */
    @Setup
    public void open(ThreadParams params) {
        thread = params.getThreadIndex();
        threads = params.getThreadCount();
        baskets = Baskets.baskets(BASKETS, 7 + thread);
    }

    /** The next purchase. */
    public Purchase next(Members shop) {
        long n = sequence++;
        int share = shop.size() / threads;
        int member = thread + threads * (int) (n % share);
        return Baskets.purchase("t" + thread + "-" + n, shop.member(member), OPENS.plusSeconds(n),
                baskets.get((int) (n & (BASKETS - 1))));
    }
}
