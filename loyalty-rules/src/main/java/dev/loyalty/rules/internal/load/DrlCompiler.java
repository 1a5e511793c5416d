package dev.loyalty.rules.internal.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL files with Drools' classic (mvel) compiler into a fresh {@link KieBase}, from the given
 * texts only (no kmodule.xml, no KieRepository: nothing is registered globally, so rebuilding leaks
 * nothing) and against an explicit class loader. Every error is recorded; see {@link DroolsProblems}.
 */
final class DrlCompiler {

    private DrlCompiler() {}

    /** The knowledge base, or empty when Drools reported an error (recorded in {@code problems}). */
    static Optional<KieBase> compile(List<DrlFile> files, ClassLoader loader, RuleIndex rules, Problems problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (DrlFile file : files) {
            batch.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.name()), ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            DroolsProblems translate = new DroolsProblems(files, rules, new FactTypes(loader), problems);
            for (KnowledgeBuilderResult error : builder.getResults(ResultSeverity.ERROR)) {
                translate.add(error);
            }
            return Optional.empty();
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        base.addPackages(builder.getKnowledgePackages());
        return Optional.of(base);
    }
}
