package dev.loyalty.cli.internal;

import dev.loyalty.core.LoyaltyException;
import dev.loyalty.core.MemberId;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.LoyaltyEngine;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.RandomSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Replays steps through a program into a store: each event handled by the engine, each advance run as
 * the engine's time-driven sweeps, and at the end an advance to the last step's instant, so that what
 * had expired by then is recorded. Deterministic: the same program and steps give the same ledgers.
 */
public final class Simulation {

    private final CompiledProgram program;
    private final LoyaltyStore store;
    private final long seed;

    /** Replays into {@code store}; draws come from a source seeded with {@code seed}. */
    public Simulation(CompiledProgram program, LoyaltyStore store, long seed) {
        this.program = program;
        this.store = store;
        this.seed = seed;
    }

    /** How the replay went. */
    public record Run(CompiledProgram program, LoyaltyStore store, Set<MemberId> members, Instant asOf, long applied,
            long repeated, Map<String, Long> refusals, List<BadLine> failed) {

        /** Events refused, all codes. */
        public long refused() {
            return refusals.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Replays the steps of {@code events}, calling {@code progress} with the number of steps done after each one. A step
     * the engine throws on (an unknown member, an id used for another event) stops the run, or with
     * {@code skipBad} is listed in {@link Run#failed()} (after the lines that could not be read) and passed over.
     *
     * @throws BadInputException for a failing step when {@code skipBad} is false
     */
    public Run run(EventFile events, String file, boolean skipBad, IntConsumer progress) {
        List<Step> steps = events.steps();
        LoyaltyEngine engine = LoyaltyEngine.builder().program(program).store(store).random(RandomSource.seeded(seed)).build();
        Set<MemberId> members = new LinkedHashSet<>();
        Map<String, Long> refusals = new TreeMap<>();
        List<BadLine> failed = new ArrayList<>(events.bad());
        long applied = 0;
        long repeated = 0;
        Instant last = Instant.EPOCH;
        int done = 0;
        for (Step step : steps) {
            last = step.at().isAfter(last) ? step.at() : last;
            try {
                if (step instanceof Step.Handle handle) {
                    Outcome outcome = engine.handle(handle.event());
                    if (handle.event() instanceof Enrollment) {
                        members.add(handle.event().getMemberId());
                    }
                    switch (outcome.status()) {
                        case APPLIED -> applied++;
                        case REPEATED -> repeated++;
                        case REFUSED -> refusals.merge(outcome.refusal().orElseThrow().code(), 1L, Long::sum);
                    }
                } else {
                    engine.advanceTo(step.at());
                }
            } catch (LoyaltyException | IllegalArgumentException e) {
                BadLine bad = new BadLine(step.line(), e.getMessage());
                if (!skipBad) {
                    throw new BadInputException(file + ":" + step.line() + ": " + e.getMessage());
                }
                failed.add(bad);
            }
            progress.accept(++done);
        }
        engine.advanceTo(last);
        return new Run(program, store, members, last, applied, repeated, refusals, failed);
    }
}
