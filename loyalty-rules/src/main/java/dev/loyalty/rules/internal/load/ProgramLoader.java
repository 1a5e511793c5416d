package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.ProgramException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/** Loads a program: reads and checks program.yaml, checks and compiles the DRL, and reports all problems at once. */
public final class ProgramLoader {

    private ProgramLoader() {}

    /** The program in {@code directory}; see {@code CompiledProgram.load}. */
    public static LoadedProgram directory(Path directory, ClassLoader loader) {
        return load(ProgramSources.directory(directory), loader);
    }

    /** The program in class-path directory {@code dir}; see {@code CompiledProgram.loadClasspath}. */
    public static LoadedProgram classpath(String dir, ClassLoader loader) {
        return load(ProgramSources.classpath(dir, loader), loader);
    }

    /** The program given as text; see {@code CompiledProgram.compile}. */
    public static LoadedProgram strings(String programYaml, Map<String, String> drlByFileName, ClassLoader loader) {
        return load(ProgramSources.strings(programYaml, drlByFileName), loader);
    }

    /**
     * The program from {@code source}, its rules compiled against {@code loader}.
     *
     * @throws ProgramException listing every problem found in every file
     */
    static LoadedProgram load(ProgramSource source, ClassLoader loader) {
        Problems problems = new Problems();
        Map.Entry<Optional<ProgramYaml>, Declared> read = source.programYaml(problems)
                .map(text -> ProgramReader.read(text, problems))
                .orElseGet(() -> Map.entry(Optional.empty(), new Declared()));
        Declared declared = read.getValue();
        List<DrlFile> files = source.rules(declared, problems).entrySet().stream()
                .map(file -> DrlFile.of(file.getKey(), file.getValue())).toList();
        RuleIndex rules = new RuleIndex(files, problems);
        if (declared.readable) {
            new LiteralCheck(declared, rules, problems).check(files);
        }
        Optional<KieBase> kieBase = DrlCompiler.compile(files, loader, rules, problems);
        problems.throwIfAny();
        return new LoadedProgram(read.getKey().orElseThrow(), rules.rules(), kieBase.orElseThrow());
    }
}
