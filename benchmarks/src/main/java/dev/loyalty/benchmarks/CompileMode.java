package dev.loyalty.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The two ways Drools 10 compiles DRL text at run time into a {@link KieBase}. Every DRL file is taken
 * to be in package {@code bench}.
 */
public enum CompileMode {

    /**
     * Classic (mvel) compilation with a {@code KnowledgeBuilder}, the way the engine's loader
     * ({@code internal.load.DrlCompiler}) does it: nothing is registered globally.
     */
    CLASSIC("classic") {
        @Override
        public KieBase compile(Map<String, String> drlByFileName, ClassLoader loader) {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                    KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
            CompositeKnowledgeBuilder batch = builder.batch();
            drlByFileName.forEach((name, text) -> batch.add(ResourceFactory.newByteArrayResource(
                    text.getBytes(StandardCharsets.UTF_8)).setSourcePath("bench/" + name), ResourceType.DRL));
            batch.build();
            if (builder.hasErrors()) {
                throw new IllegalStateException("DRL does not compile: " + builder.getErrors());
            }
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
            base.addPackages(builder.getKnowledgePackages());
            return base;
        }
    },

    /**
     * The executable model, built at run time: a {@code KieFileSystem} built with
     * {@code ExecutableModelProject}; the module is removed from the global {@code KieRepository}
     * afterwards so that repeated builds leak nothing.
     */
    EXECUTABLE_MODEL("executable-model") {
        @Override
        public KieBase compile(Map<String, String> drlByFileName, ClassLoader loader) {
            KieServices services = KieServices.Factory.get();
            ReleaseId release = services.newReleaseId("dev.loyalty.benchmarks", "bench-" + BUILDS.incrementAndGet(),
                    "1.0.0");
            KieFileSystem files = services.newKieFileSystem();
            files.generateAndWritePomXML(release);
            drlByFileName.forEach((name, text) -> files.write("src/main/resources/bench/" + name, text));
            KieBuilder builder = services.newKieBuilder(files, loader).buildAll(ExecutableModelProject.class);
            try {
                if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                    throw new IllegalStateException("DRL does not compile: " + builder.getResults().getMessages());
                }
                return services.newKieContainer(release, loader).getKieBase();
            } finally {
                services.getRepository().removeKieModule(release);
            }
        }
    };

    private static final AtomicLong BUILDS = new AtomicLong();

    private final String label;

    CompileMode(String label) {
        this.label = label;
    }

    /** Compiles DRL files (by file name, e.g. {@code earn.drl}) against {@code loader}. */
    public abstract KieBase compile(Map<String, String> drlByFileName, ClassLoader loader);

    /** The name benchmarks use as a parameter: {@code classic} or {@code executable-model}. */
    public String label() {
        return label;
    }

    /** The mode labelled {@code label}. */
    public static CompileMode of(String label) {
        for (CompileMode mode : values()) {
            if (mode.label.equals(label)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("compile mode must be classic or executable-model, but was " + label);
    }
}
