package dev.loyalty.benchmarks;

import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.internal.load.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * The benchmark program {@code programs/bench-20} on the class path: 20 earn rules in three DRL files
 * (base rate with exclusions, minimum order, tier, category, label and SKU multipliers, a campaign
 * window, a cap, first-purchase, birthday and Saturday bonuses, best-basket-wins promotions).
 */
public final class BenchProgram {

    /** The resource directory of the program. */
    public static final String DIRECTORY = "programs/bench-20";

    /** Its DRL files, in the order {@code program.yaml} lists them. */
    public static final List<String> RULE_FILES = List.of("earn.drl", "multipliers.drl", "bonuses.drl");

    private static final Map<CompileMode, KieBase> KIE_BASES = new ConcurrentHashMap<>();
    private static @Nullable CompiledProgram shared;

    private BenchProgram() {}

    /** The program, loaded the way a host loads one from its class path. */
    public static CompiledProgram load() {
        return CompiledProgram.loadClasspath(DIRECTORY, loader());
    }

    /**
     * The program, loaded once per JVM: benchmarks set up with it (a forked benchmark runs one trial per
     * JVM, so this only saves time when they run in one JVM, as the smoke test does).
     */
    public static synchronized CompiledProgram shared() {
        CompiledProgram program = shared;
        if (program == null) {
            program = load();
            shared = program;
        }
        return program;
    }

    /**
     * The knowledge base of the program in {@code mode}, compiled once per JVM: for {@code CLASSIC} the
     * engine's own (that of {@link #shared()}), for the executable model one built from the same DRL.
     */
    public static KieBase kieBase(CompileMode mode) {
        return KIE_BASES.computeIfAbsent(mode, key -> key == CompileMode.CLASSIC
                ? Programs.kieBase(shared()) : key.compile(drl(), loader()));
    }

    /** The text of {@code program.yaml}. */
    public static String yaml() {
        return text(DIRECTORY + "/program.yaml");
    }

    /** The DRL texts by file name ({@code earn.drl}), in program order. */
    public static Map<String, String> drl() {
        Map<String, String> files = new LinkedHashMap<>();
        RULE_FILES.forEach(name -> files.put(name, text(DIRECTORY + "/rules/" + name)));
        return files;
    }

    /** The class loader the rules are compiled against: it sees {@code dev.loyalty.rules.facts}. */
    public static ClassLoader loader() {
        return BenchProgram.class.getClassLoader();
    }

    private static String text(String resource) {
        try (InputStream in = loader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
