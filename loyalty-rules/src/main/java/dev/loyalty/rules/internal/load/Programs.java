package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.CompiledProgram;
import java.util.Objects;
import java.util.function.Function;
import org.kie.api.KieBase;

/**
 * Internal access to the parts of a {@link CompiledProgram} that are not public API, for the engine.
 * {@code CompiledProgram} hands over its accessor when its class is initialised.
 */
public final class Programs {

    private static volatile Function<CompiledProgram, LoadedProgram> access;

    private Programs() {}

    /** The Drools knowledge base of {@code program}: create sessions from it, never change it. */
    public static KieBase kieBase(CompiledProgram program) {
        return loaded(program).kieBase();
    }

    /** Everything loaded for {@code program}. */
    public static LoadedProgram loaded(CompiledProgram program) {
        Objects.requireNonNull(program, "program");
        Function<CompiledProgram, LoadedProgram> accessor = access;
        if (accessor == null) {
            throw new IllegalStateException("CompiledProgram has not registered its accessor");
        }
        return accessor.apply(program);
    }

    /**
     * Called once by {@link CompiledProgram}'s static initialiser.
     *
     * @throws IllegalStateException if called a second time
     */
    public static synchronized void register(Function<CompiledProgram, LoadedProgram> accessor) {
        if (access != null) {
            throw new IllegalStateException("the CompiledProgram accessor is registered already");
        }
        access = Objects.requireNonNull(accessor, "accessor");
    }
}
