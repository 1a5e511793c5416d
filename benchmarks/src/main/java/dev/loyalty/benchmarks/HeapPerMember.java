package dev.loyalty.benchmarks;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.spi.memory.InMemoryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Heap per member of the in-memory store: fills an {@link InMemoryStore} with members holding ten lots
 * each ({@link Holdings}) and divides the growth of the live heap (after full collections) by the
 * members. Not a JMH benchmark: it measures space, once.
 *
 * <pre>{@code java -Xmx12g -cp benchmarks/target/benchmarks.jar dev.loyalty.benchmarks.HeapPerMember 1000000 10}</pre>
 */
public final class HeapPerMember {

    private HeapPerMember() {}

    /** Arguments: members (default 1,000,000), lots per member (default 10). */
    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int lots = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long bytes = measure(BenchProgram.shared(), members, lots);
        System.out.printf(Locale.ROOT, "heap per member with %d lots: %,d bytes (%,d members, %,d MiB in all)%n",
                lots, bytes / members, members, bytes >> 20);
    }

    /** The live heap that {@code members} members with {@code lots} lots each take in an {@link InMemoryStore}. */
    static long measure(CompiledProgram program, int members, int lots) {
        long before = liveHeap();
        InMemoryStore store = InMemoryStore.create();
        Holdings.fill(store, program, members, lots);
        long after = liveHeap();
        Reference.reachabilityFence(store);
        return after - before;
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
