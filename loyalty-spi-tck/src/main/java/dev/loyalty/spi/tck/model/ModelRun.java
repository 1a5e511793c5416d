package dev.loyalty.spi.tck.model;

import dev.loyalty.spi.LoyaltyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the model-based ledger test for one seed: {@value #STEPS} generated commands over three members
 * and two point types, applied to {@code Accounts} over a store and to the reference model, with every
 * check after every step, then the same commands once more on a fresh store, which must store the very
 * same entries.
 *
 * <p>Thread-safe: each run has its own state.
 */
public final class ModelRun {

    /** Seed {@code i} of a run of many is {@code BASE_SEED + i}. */
    public static final long BASE_SEED = 20_261_123_000L;

    /** Commands per seed. */
    public static final int STEPS = 60;

    private ModelRun() {}

    /**
     * Runs seed {@code seed} against stores from {@code stores} (two are taken: one for the run and a fresh
     * one to repeat it on).
     *
     * @return how often each kind of outcome ({@code "posted"}, {@code "repeated"},
     *     {@code "refused INSUFFICIENT_POINTS"}, {@code "failed IdempotencyConflictException"}, ...) and of
     *     entry ({@code "entry EXPIRED"}, {@code "debt recorded"}, ...) occurred, to show what a run covered
     * @throws AssertionError on the first disagreement or broken invariant; its message gives the seed,
     *     how to run only that seed ({@code -Dloyalty.model.seed=...}) and the numbered commands up to the
     *     failing step
     */
    public static Map<String, Long> run(long seed, Supplier<? extends LoyaltyStore> stores) {
        ModelProgram program = ModelProgram.forSeed(seed);
        List<Step> steps = new ArrayList<>();
        String phase = "setup";
        try {
            ModelSession session = new ModelSession(program, stores.get());
            CommandGenerator generator = new CommandGenerator(seed, session.model(), program);
            for (int i = 1; i <= STEPS; i++) {
                Step step = generator.next();
                steps.add(step);
                phase = "step " + step.number();
                session.execute(step);
            }
            phase = "the repeat on a fresh store";
            session.checkDeterministic(steps, stores.get());
            return session.tally();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(report(seed, program, steps, phase, e), e);
        }
    }

    private static String report(long seed, ModelProgram program, List<Step> steps, String phase, Throwable cause) {
        StringBuilder text = new StringBuilder()
                .append("Model run of seed ").append(seed).append(" failed at ").append(phase)
                .append(" (reversal policy ").append(program.policy().reversal()).append(")\n")
                .append("Run only this seed with: -Dloyalty.model.seed=").append(seed).append('\n')
                .append("Cause: ").append(cause instanceof AssertionError ? "" : cause.getClass().getName() + ": ")
                .append(cause.getMessage()).append('\n')
                .append("Commands (").append(ModelProgram.START).append(" is the start; members ")
                .append(program.members()).append("):\n");
        steps.forEach(step -> text.append(step.describe()).append('\n'));
        return text.toString();
    }
}
