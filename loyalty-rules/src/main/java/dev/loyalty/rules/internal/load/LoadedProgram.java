package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.RuleInfo;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;

/**
 * A program that loaded without problems: its configuration, its rules and the Drools knowledge base.
 * Immutable; the {@link KieBase} is only read (sessions are created from it), which Drools allows from
 * many threads at once.
 *
 * @param yaml the configuration
 * @param rules every rule, in file order
 * @param kieBase the compiled rules
 */
public record LoadedProgram(ProgramYaml yaml, List<RuleInfo> rules, KieBase kieBase) {

    /** Copies the list. */
    public LoadedProgram {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(kieBase, "kieBase");
        rules = List.copyOf(rules);
    }
}
