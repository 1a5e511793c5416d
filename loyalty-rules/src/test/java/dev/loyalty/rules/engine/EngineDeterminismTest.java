package dev.loyalty.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.spi.MemberState;
import dev.loyalty.spi.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The engine is deterministic: the same events give the same ledger whether handled once in order, again
 * into a fresh store, or by 8 threads at once with every event delivered twice.
 */
class EngineDeterminismTest {

    private static final int MEMBERS = 1_000;
    private static final int EVENTS_PER_MEMBER = 9;
    private static final List<List<Event>> ROUNDS = EventScript.rounds(MEMBERS, EVENTS_PER_MEMBER, 20261123L);
    private static final CompiledProgram PROGRAM = Shop.program();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(8);

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    private static List<Outcome> sequentially(InMemoryStore store) {
        LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(store).build();
        List<Outcome> outcomes = new ArrayList<>();
        ROUNDS.forEach(round -> round.forEach(event -> outcomes.add(engine.handle(event))));
        return outcomes;
    }

    @Test
    void theSameEventsReplayedIntoAFreshStoreGiveIdenticalOutcomesEntryForEntry() {
        List<Outcome> first = sequentially(InMemoryStore.create());
        List<Outcome> second = sequentially(InMemoryStore.create());

        assertThat(first).hasSize(MEMBERS * (EVENTS_PER_MEMBER + 1));
        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(Outcome::status).contains(Outcome.Status.APPLIED, Outcome.Status.REFUSED);
        assertThat(first.stream().mapToLong(outcome -> outcome.entries().size()).sum()).isGreaterThan(MEMBERS * 5L);
    }

    @Test
    void eightThreadsWithEveryEventDeliveredTwiceLeaveTheLedgerSequentialHandlingLeaves() throws Exception {
        InMemoryStore sequential = InMemoryStore.create();
        sequentially(sequential);
        InMemoryStore concurrent = InMemoryStore.create();
        LoyaltyEngine engine = LoyaltyEngine.builder().program(PROGRAM).store(concurrent).build();

        long repeated = 0;
        for (List<Event> round : ROUNDS) {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (Event event : round) {
                pending.add(THREADS.submit(() -> engine.handle(event)));
                pending.add(THREADS.submit(() -> engine.handle(event)));
            }
            for (Future<Outcome> future : pending) {
                repeated += future.get().status() == Outcome.Status.REPEATED ? 1 : 0;
            }
        }

        for (int m = 0; m < MEMBERS; m++) {
            MemberId member = MemberId.of(EventScript.id(m));
            MemberState expected = sequential.load(member);
            MemberState actual = concurrent.load(member);
            assertThat(actual.entries()).as("entries of %s", member).isEqualTo(expected.entries());
            assertThat(actual.lots()).as("lots of %s", member).isEqualTo(expected.lots());
            assertThat(actual.counters()).as("counters of %s", member).isEqualTo(expected.counters());
            assertThat(actual.tier()).as("tier of %s", member).isEqualTo(expected.tier());
        }
        assertThat(repeated).isPositive();
    }
}
